"""The main window: filter bar and table, plots, the source text and the problems list, linked.

Row ids (positions in the combined indicators frame) are what the parts exchange: a table
selection shows the row's source text and highlights it in the plots; a click on a plot mark or on
a marked figure in the text selects that row in the table, which then updates the others.

``open_paths(paths)`` is the one entry for everything opened (command line, File menu, recent
list, drag and drop): a project file (``.ivproj``, or any SQLite file, which is then refused with
a clear message) replaces what is open; articles are loaded in the background and added to the
open project.

Everything shown lives in a project (``ProjectSession``): a file the user named, or a scratch
one for articles opened without a project, so every review edit is committed as it is made and
is undoable (``undo_stack``). The title shows the project's name, with the unsaved mark while
review work sits only in a scratch project ("Save Project As…" keeps it; closing offers to).
The view (filter, sort, plot, selected row) is stored in the project and restored on opening.

Review, keyboard first (table focused): Enter confirms, Delete rejects, Backspace marks
unreviewed (the selected rows; with one row the next row is selected), F2 or a double-click
edits a cell with validation; "Add Indicator from Selection" (Ctrl+Shift+A, also in the source
text's context menu) adds a row the extractor missed; "Re-extract All" keeps manual work and
lists what could not be matched again.
"""

from __future__ import annotations

import dataclasses
import html
import logging
import os
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pandas as pd
import shiboken6
from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import (
    QAction, QActionGroup, QCloseEvent, QDragEnterEvent, QDropEvent, QIcon, QKeySequence, QUndoStack,
)
from PySide6.QtWidgets import (
    QApplication, QDockWidget, QFileDialog, QHBoxLayout, QLabel, QMainWindow, QMessageBox, QProgressBar,
    QPushButton, QSplitter, QToolButton, QVBoxLayout, QWidget,
)

import viewer
from viewer.core import review
from viewer.core.document import Document
from viewer.core.project import MergeReport, Orphan, ProjectError
from viewer.core.project_schema import FILE_SUFFIX
from viewer.core.schema import COLUMNS as SCHEMA_COLUMNS
from viewer.core.schema import indicators_frame
from viewer.core.table import FilterSpec, SortKey
from viewer.qt import i18n
from viewer.qt.filter_panel import FilterPanel
from viewer.qt.loader import ArticleLoader, LoadResult, Problem
from viewer.qt.project_session import ProjectSession, file_results, is_project_path
from viewer.qt.review_commands import EditCommand, value_change_label
from viewer.qt.review_delegate import AddIndicatorDialog, ReviewDelegate
from viewer.qt.problems_panel import ProblemsPanel
from viewer.qt.settings import Settings
from viewer.qt.table_model import IndicatorTableModel
from viewer.qt.table_view import IndicatorTableView, export_visible_csv, export_visible_excel
from viewer.qt.text_pane import TextPane
from viewer.resources import ResourceMissing, resource_path

log = logging.getLogger(__name__)

DEFAULT_SIZE = QSize(1400, 900)
PLOT_FILE_FILTER = "PNG (*.png);;SVG (*.svg);;PDF (*.pdf)"
PROJECT_FILE_FILTER = f"Indicator Viewer project (*{FILE_SUFFIX})"
EXPORT_FILE_FILTER = "CSV (*.csv);;Excel (*.xlsx);;Parquet (*.parquet)"


class MainWindow(QMainWindow):
    """Signal ``loadFinished()`` once a load's documents are shown (also after a cancel, and after
    opening a project)."""

    loadFinished = Signal()

    def __init__(self, settings: Settings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MainWindow")
        self._settings = settings if settings is not None else Settings()
        self._documents: dict[str, Document] = {}
        self._frame = indicators_frame([])
        self._rows_by_source: dict[str, np.ndarray] = {}
        self._pending: list[list[str]] = []
        self._remember_next_load = True
        self._session: ProjectSession | None = None
        self._session_generation = 0  # a load started for another session is dropped
        self._load_generation = 0
        self._restoring_view = False
        self._row_keys = pd.Index([], dtype="int64")
        self.undo_stack = QUndoStack(self)
        self.add_dialog: AddIndicatorDialog | None = None
        self.last_orphans: list[Orphan] = []
        self._loader = ArticleLoader(self)
        self._loader.progress.connect(self._on_progress)
        self._loader.finished.connect(self._on_loaded)

        self._build_widgets()
        self._build_status_bar()
        self._create_actions()
        self._build_menus()
        self._connect()
        self._retranslate()
        self.setAcceptDrops(True)
        self._set_icon()
        self._restore_settings()
        self._update_title()

    # ------------------------------------------------------------- building

    def _build_widgets(self) -> None:
        self.model = IndicatorTableModel(parent=self)
        self.table = IndicatorTableView(self.model, self)
        self.table.setObjectName("indicatorTable")
        self.delegate = ReviewDelegate(self._known_units, self.table)
        self.table.setItemDelegate(self.delegate)
        self.filter_panel = FilterPanel(self.model, self)
        self.filter_panel.setObjectName("filterPanel")
        self.plot_panel = _make_plot_panel(self)
        self.plot_panel.setObjectName("plotPanel")
        self.text_pane = TextPane(self)
        self.text_pane.setObjectName("textPane")

        table_area = QWidget(self)
        table_layout = QVBoxLayout(table_area)
        table_layout.setContentsMargins(6, 6, 6, 0)
        table_layout.setSpacing(4)
        table_layout.addWidget(self.filter_panel)
        table_layout.addWidget(self.table, 1)

        self.left_splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.left_splitter.setObjectName("leftSplitter")
        self.left_splitter.addWidget(table_area)
        self.left_splitter.addWidget(self.text_pane)
        self.left_splitter.setStretchFactor(0, 3)
        self.left_splitter.setStretchFactor(1, 2)

        self.main_splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.main_splitter.setObjectName("mainSplitter")
        self.main_splitter.addWidget(self.left_splitter)
        self.main_splitter.addWidget(self._plot_area())
        self.main_splitter.setStretchFactor(0, 3)
        self.main_splitter.setStretchFactor(1, 2)
        self.main_splitter.setSizes([820, 580])
        self.left_splitter.setSizes([500, 340])
        self.setCentralWidget(self.main_splitter)

        self.problems_panel = ProblemsPanel(self)
        self.problems_dock = QDockWidget(self)
        self.problems_dock.setObjectName("problemsDock")
        self.problems_dock.setWidget(self.problems_panel)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.problems_dock)
        self.problems_dock.hide()

    def _plot_area(self) -> QWidget:
        """The plot panel with a Save Plot button under it."""
        area = QWidget(self)
        self.save_plot_button = QToolButton(area)
        self.save_plot_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.save_plot_button.clicked.connect(self._ask_save_plot)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_plot_button)
        layout = QVBoxLayout(area)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.setSpacing(4)
        layout.addWidget(self.plot_panel, 1)
        layout.addLayout(buttons)
        self.plot_area = area
        return area

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setMaximumWidth(220)
        self.progress_bar.setFormat("%v / %m")
        self.cancel_button = QPushButton(self)
        self.cancel_button.clicked.connect(self.cancel_loading)
        self.problems_button = QPushButton(self)
        self.problems_button.setFlat(True)
        self.problems_button.clicked.connect(self._show_problems)
        for widget in (self.progress_bar, self.cancel_button, self.problems_button):
            bar.addPermanentWidget(widget)
            widget.hide()

    def _create_actions(self) -> None:
        def action(slot, shortcut=None) -> QAction:
            new = QAction(self)
            if shortcut is not None:
                new.setShortcut(shortcut)
            new.triggered.connect(slot)
            return new

        Key = QKeySequence.StandardKey
        self.open_files_action = action(self._ask_open_files, Key.Open)
        self.open_folder_action = action(self._ask_open_folder, QKeySequence("Ctrl+Shift+O"))
        self.export_csv_action = action(lambda: self._ask_export("csv"))
        self.export_excel_action = action(lambda: self._ask_export("xlsx"))
        self.save_plot_action = action(self._ask_save_plot, Key.Save)
        self.close_all_action = action(self.close_all)
        self.quit_action = action(self.close, Key.Quit)
        self.copy_action = action(self.copy, Key.Copy)
        self.find_action = action(self.text_pane.show_find_bar, Key.Find)
        self.about_action = action(self._show_about)
        self.clear_recent_action = action(self._clear_recent)

        self.new_project_action = action(self._ask_new_project, Key.New)
        self.open_project_action = action(self._ask_open_project, QKeySequence("Ctrl+Alt+O"))
        self.save_project_as_action = action(self._ask_save_project_as, Key.SaveAs)
        self.export_reviewed_action = action(self._ask_export_reviewed, QKeySequence("Ctrl+E"))
        self.import_csv_action = action(self._ask_import_csv)
        self.undo_action = action(self.undo_stack.undo, Key.Undo)
        self.redo_action = action(self.undo_stack.redo)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.undo_stack.canUndoChanged.connect(self.undo_action.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.redo_action.setEnabled)
        self.undo_stack.undoTextChanged.connect(self._show_undo_text)
        self.undo_stack.redoTextChanged.connect(self._show_redo_text)
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)
        # The review keys act in the table only (its keyPressEvent); the menus show them.
        self.confirm_action = action(lambda: self.review_selected("confirm"))
        self.reject_action = action(lambda: self.review_selected("reject"))
        self.unreview_action = action(lambda: self.review_selected("unreview"))
        self.edit_cell_action = action(self.edit_current_cell)
        self.add_indicator_action = action(self.add_indicator_from_selection, QKeySequence("Ctrl+Shift+A"))
        self.reextract_action = action(self.reextract_all)

        self.toggle_filter_action = self._toggle_action(self.filter_panel)
        self.toggle_plots_action = self._toggle_action(self.plot_area)
        self.toggle_text_action = self._toggle_action(self.text_pane)
        self.toggle_problems_action = self.problems_dock.toggleViewAction()

        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name in i18n.LANGUAGES.items():
            language = QAction(name, self, checkable=True)
            language.setData(code)
            language.triggered.connect(lambda _checked=False, code=code: self.set_language(code))
            self.language_group.addAction(language)
            self.language_actions[code] = language
        self.language_actions[i18n.current_language()].setChecked(True)

    def _toggle_action(self, widget: QWidget) -> QAction:
        toggle = QAction(self, checkable=True, checked=True)
        toggle.toggled.connect(widget.setVisible)
        return toggle

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addActions([self.new_project_action, self.open_project_action, self.open_files_action,
                                   self.open_folder_action])
        self.recent_menu = self.file_menu.addMenu("")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.file_menu.addAction(self.save_project_as_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.import_csv_action)
        self.file_menu.addActions([self.export_reviewed_action, self.export_csv_action, self.export_excel_action,
                                   self.save_plot_action])
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.close_all_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)

        self.edit_menu = bar.addMenu("")
        self.edit_menu.addActions([self.undo_action, self.redo_action])
        self.edit_menu.addSeparator()
        self.edit_menu.addActions([self.confirm_action, self.reject_action, self.unreview_action,
                                   self.edit_cell_action, self.add_indicator_action])
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.reextract_action)
        self.edit_menu.addSeparator()
        self.edit_menu.addActions([self.copy_action, self.find_action])

        self.view_menu = bar.addMenu("")
        self.view_menu.addActions([self.toggle_filter_action, self.toggle_plots_action, self.toggle_text_action,
                                   self.toggle_problems_action])
        self.view_menu.addSeparator()
        self.language_menu = self.view_menu.addMenu("")
        self.language_menu.addActions(list(self.language_actions.values()))

        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.about_action)

    def _connect(self) -> None:
        self.table.rowSelected.connect(self._on_row_selected)
        self.model.visibleRowsChanged.connect(self._on_visible_rows_changed)
        self.plot_panel.rowClicked.connect(self.select_row)
        self.text_pane.rowClicked.connect(self.select_row)
        self.problems_panel.countChanged.connect(self._show_problem_count)
        self.table.reviewRequested.connect(self.review_selected)
        self.delegate.refused.connect(self._show_refusal)
        self.model.editRefused.connect(self._show_refusal)
        self.model.set_edit_handler(self)
        self.text_pane.set_context_actions([self.add_indicator_action])
        self.filter_panel.filterChanged.connect(lambda _spec: self._store_view_state())
        self.model.layoutChanged.connect(self._store_view_state)
        self.table.rowSelected.connect(lambda _row: self._store_view_state())
        state_changed = getattr(self.plot_panel, "stateChanged", None)
        if state_changed is not None:
            state_changed.connect(lambda _state: self._store_view_state())

    def _set_icon(self) -> None:
        try:
            icon_path = resource_path("icons", "app.svg")
        except ResourceMissing:
            return
        if icon_path.is_file():
            self.setWindowIcon(QIcon(str(icon_path)))

    # ------------------------------------------------------------- language

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self._update_title()
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.recent_menu.setTitle(self.tr("Open &Recent"))
        self.language_menu.setTitle(self.tr("&Language"))
        texts = {
            self.open_files_action: self.tr("&Open Files…"),
            self.open_folder_action: self.tr("Open &Folder…"),
            self.export_csv_action: self.tr("Export Visible Table as &CSV…"),
            self.export_excel_action: self.tr("Export Visible Table as &Excel…"),
            self.save_plot_action: self.tr("&Save Plot…"),
            self.close_all_action: self.tr("&Close All"),
            self.quit_action: self.tr("&Quit"),
            self.copy_action: self.tr("&Copy"),
            self.find_action: self.tr("&Find in Text…"),
            self.about_action: self.tr("&About Indicator Viewer"),
            self.clear_recent_action: self.tr("Clear Recent"),
            self.toggle_filter_action: self.tr("&Filter Bar"),
            self.toggle_plots_action: self.tr("&Plots"),
            self.toggle_text_action: self.tr("&Source Text"),
            self.toggle_problems_action: self.tr("P&roblems"),
            self.new_project_action: self.tr("&New Project…"),
            self.open_project_action: self.tr("Open &Project…"),
            self.save_project_as_action: self.tr("Save Project &As…"),
            self.export_reviewed_action: self.tr("Export &Reviewed…"),
            self.import_csv_action: self.tr("&Import Indicators from CSV…"),
            # Text after a tab shows in the menu's shortcut column: these keys work in the table.
            self.confirm_action: self.tr("C&onfirm") + "\tEnter",
            self.reject_action: self.tr("&Reject") + "\tDel",
            self.unreview_action: self.tr("Mark &Unreviewed") + "\tBackspace",
            self.edit_cell_action: self.tr("Edit &Cell") + "\tF2",
            self.add_indicator_action: self.tr("&Add Indicator from Selection…"),
            self.reextract_action: self.tr("Re-e&xtract All"),
        }
        for action, text in texts.items():
            action.setText(text)
        self._show_undo_texts()
        self.problems_dock.setWindowTitle(self.tr("Problems"))
        self.save_plot_button.setText(self.tr("Save Plot…"))
        self.save_plot_button.setToolTip(self.tr("Save the plot as PNG, SVG or PDF"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop loading; what was read so far is kept"))
        self._show_problem_count(self.problems_panel.count())
        for part in (self.model, self.filter_panel, self.plot_panel):
            retranslate = getattr(part, "retranslate", None)  # parts that rebuild cached texts
            if callable(retranslate):
                retranslate()

    def set_language(self, language: str) -> None:
        """Switch the interface language now and remember it."""
        language = i18n.set_language(language)
        self._settings.set_language(language)
        self.language_actions[language].setChecked(True)

    # ------------------------------------------------------------- opening

    def open_paths(self, paths: Sequence[str], remember: bool = True) -> None:
        """Open projects, articles and folders; ``remember`` adds them to Open Recent.

        Everything opened comes through here: a project replaces what is open (the first one
        given, if several), then articles and folders are loaded and added to the project.
        """
        paths = [os.fspath(p) for p in paths]
        if not paths:
            return
        if remember:
            self._settings.add_recent_paths(paths)
        projects = [p for p in paths if is_project_path(p)]
        articles = [p for p in paths if p not in projects]
        if projects and not self.open_project(projects[0], remember=False):
            return
        if not articles:
            if projects and not self.is_loading():
                self.loadFinished.emit()  # the project's documents are shown
            return
        if self._loader.is_running():
            self._pending.append(articles)
            return
        self._start_loading(articles)

    def is_loading(self) -> bool:
        return self._loader.is_running() or bool(self._pending)

    def cancel_loading(self) -> None:
        self._pending.clear()
        self._loader.cancel()
        self.cancel_button.setEnabled(False)

    def _start_loading(self, paths: list[str]) -> None:
        self._load_generation = self._session_generation
        self._loader.start(paths)
        self.progress_bar.setRange(0, 0)  # busy until the files are counted
        self.progress_bar.show()
        self.cancel_button.setEnabled(True)
        self.cancel_button.show()
        self.statusBar().showMessage(self.tr("Loading…"))

    def _on_progress(self, done: int, total: int) -> None:
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(done)

    def _on_loaded(self, result: LoadResult) -> None:
        self.progress_bar.hide()
        self.cancel_button.hide()
        self._add_documents(result)
        self.problems_panel.add_problems(result.problems)
        loaded = len(result.documents)
        message = self.tr("Loaded {0} of {1} files").format(loaded, result.total)
        if result.cancelled:
            message = self.tr("Loading cancelled: {0} of {1} files loaded").format(loaded, result.total)
        self.statusBar().showMessage(message, 10_000)
        if self._pending:
            self._start_loading(self._pending.pop(0))
        self.loadFinished.emit()

    def _add_documents(self, result: LoadResult) -> None:
        if self._load_generation != self._session_generation:
            return  # loaded for a project that has been closed since
        if not result.documents:
            return
        try:
            session = self._ensure_session()
            report = session.add_results(file_results(result.documents, result.frame))
        except ProjectError as error:
            self._show_error(self.tr("Could not add the articles to the project"), str(error))
            return
        if report.documents > report.new_documents:
            self.undo_stack.clear()  # rows of a file opened again were merged: older edits are stale
        self._documents.update(result.documents)
        self._show_merge_problems(report)
        self._reload_frame()
        if self.table.current_row_id() is None and len(self.model.visible_row_ids()):
            self.select_row(int(self.model.visible_row_ids()[0]))  # something to read at once
        elif self.table.current_row_id() is None:
            self.text_pane.show_document(next(iter(result.documents.values())))

    def _set_frame(self, frame: pd.DataFrame, same_rows: bool = False) -> None:
        """Show ``frame``; ``same_rows`` when its row ids name the same rows (values edited)."""
        current = self.table.current_row_id()
        self._frame = frame
        self._row_keys = pd.Index(frame["row_key"].to_numpy()) if "row_key" in frame.columns else pd.Index([])
        self._rows_by_source = {str(k): v for k, v in frame.groupby("source", sort=False).indices.items()}
        if same_rows:
            self.model.update_frame(frame)
        else:
            self.model.set_frame(frame, keep_selection=False)
        self.plot_panel.set_frame(frame)
        self.plot_panel.set_visible(self._plotted_rows())
        if same_rows and current is not None:
            self._on_row_selected(self.table.current_row_id() if self.table.current_row_id() is not None else -1)

    def _reload_frame(self, select_key: int | None = None) -> None:
        """Read the rows from the project again (rows were added, removed or merged)."""
        key = select_key if select_key is not None else self._current_row_key()
        frame = self._session.project.indicators_frame() if self._session is not None else indicators_frame([])
        self.table.clearSelection()
        self._set_frame(frame)
        row_id = self._row_id_of_key(key)
        if row_id is not None:
            self.select_row(row_id)

    def close_all(self) -> bool:
        """Close every document and the project (the problems list too); False if the user
        chose to keep unsaved review work open."""
        if not self._may_discard_work():
            return False
        self.cancel_loading()
        self._switch_session(None)
        self.problems_panel.clear()
        return True

    def documents(self) -> dict[str, Document]:
        return dict(self._documents)

    def frame(self) -> pd.DataFrame:
        return self._frame

    # ------------------------------------------------------------- projects

    def session(self) -> ProjectSession | None:
        return self._session

    def open_project(self, path: str, remember: bool = True) -> bool:
        """Open a project instead of what is open; a refused file gets a message (and is untouched)."""
        if not self._may_discard_work():
            return False
        try:
            session = ProjectSession.open(path, parent=self)
        except ProjectError as error:
            self._refuse_project(path, str(error))
            return False
        if remember:
            self._settings.add_recent_paths([path])
        self.cancel_loading()
        self._switch_session(session)
        self.statusBar().showMessage(self.tr("Opened {0}").format(path), 5_000)
        return True

    def new_project(self, path: str) -> bool:
        """Start an empty project at ``path`` (replaced if it exists) instead of what is open."""
        if not self._may_discard_work():
            return False
        try:
            session = ProjectSession.create(path, parent=self)
        except ProjectError as error:
            self._show_error(self.tr("Could not create the project"), str(error))
            return False
        self._settings.add_recent_paths([path])
        self.cancel_loading()
        self._switch_session(session)
        return True

    def save_project_as(self, path: str) -> bool:
        """Write what is open (documents, rows, review, history, view) to ``path`` and go on there."""
        session = self._ensure_session()
        self._store_view_state()
        try:
            session.save_as(path)
        except ProjectError as error:
            self._show_error(self.tr("Could not save the project"), str(error))
            return False
        self._settings.add_recent_paths([path])
        self._update_title()
        self.statusBar().showMessage(self.tr("Saved {0}").format(path), 5_000)
        return True

    def _ensure_session(self) -> ProjectSession:
        """The open project; a scratch one when the user has not named one yet."""
        if self._session is None:
            self._attach_session(ProjectSession.scratch(parent=self))
        return self._session

    def _switch_session(self, session: ProjectSession | None) -> None:
        old = self._session
        if old is not None:
            self._store_view_state()
            old.close()
            old.deleteLater()
        self._session = None
        self._session_generation += 1
        self.undo_stack.clear()
        self._documents = {}
        self.text_pane.clear()
        self._set_frame(indicators_frame([]))
        if session is not None:
            self._attach_session(session)
            self._documents = session.project.documents()
            self._reload_frame()
            self._restore_view_state(session.view_state())
            if self.table.current_row_id() is None and len(self.model.visible_row_ids()):
                self.select_row(int(self.model.visible_row_ids()[0]))  # something to read at once
            orphans = session.project.orphans()
            if orphans:
                self._list_orphans(orphans)
        self._update_title()

    def _attach_session(self, session: ProjectSession) -> None:
        self._session = session
        session.edited.connect(self._on_edited)
        session.statusChanged.connect(self._update_title)
        self._update_title()

    def _refuse_project(self, path: str, message: str) -> None:
        self.problems_panel.add_problems([Problem(path, message)])
        self._show_error(self.tr("Cannot open the project"), message)

    def _may_discard_work(self) -> bool:
        """True unless review work only in a scratch project would be lost and the user says no."""
        session = self._session
        if session is None or not session.has_unsaved_work():
            return True
        answer = self._ask_save_work()
        if answer == "save":
            return self._ask_save_project_as()
        return answer == "discard"

    def _ask_save_work(self) -> str:
        """"save", "discard" or "cancel" for review work that is in no project yet."""
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(
            self, self.tr("Save your review?"),
            self.tr("Your corrections are not in a project yet. Save them as a project?"),
            buttons.Save | buttons.Discard | buttons.Cancel, buttons.Save,
        )
        return {buttons.Save: "save", buttons.Discard: "discard"}.get(answer, "cancel")

    def _update_title(self) -> None:
        app = self.tr("Indicator Viewer")
        session = self._session
        if session is None:
            self.setWindowTitle(app)
        elif session.is_scratch:
            self.setWindowTitle(f"{self.tr('Untitled')}[*] — {app}")
        else:
            suffix = self.tr(" (read-only)") if session.readonly else ""
            self.setWindowTitle(f"{session.display_name()}{suffix}[*] — {app}")
        self.setWindowModified(session is not None and session.has_unsaved_work())

    def _ask_new_project(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("New Project"), self._dialog_dir(), PROJECT_FILE_FILTER)
        if path:
            self.new_project(_with_suffix(path, FILE_SUFFIX))

    def _ask_open_project(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open Project"), self._dialog_dir(), PROJECT_FILE_FILTER + ";;" + self.tr("All files (*)"))
        if path:
            self.open_paths([path])

    def _ask_save_project_as(self) -> bool:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save Project As"), self._dialog_dir(), PROJECT_FILE_FILTER)
        return bool(path) and self.save_project_as(_with_suffix(path, FILE_SUFFIX))

    def _ask_export_reviewed(self) -> None:
        path, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export Reviewed Indicators"), "indicators.csv", EXPORT_FILE_FILTER)
        if path:
            suffix = {"Excel": ".xlsx", "Parquet": ".parquet"}.get(chosen.split(" ")[0], ".csv")
            self._report_failure(lambda: self.export_reviewed(_with_suffix(path, suffix)),
                                 self.tr("Could not export the indicators"))

    def _ask_import_csv(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import Indicators"), self._dialog_dir(), self.tr("CSV files (*.csv);;All files (*)"))
        if path:
            self._report_failure(lambda: self.import_indicators_csv(path), self.tr("Could not import the indicators"))

    def import_indicators_csv(self, path: str) -> int:
        """Add the rows of an indicators CSV (e.g. one exported before) to the open project; rows that
        cannot be read are listed in the problems panel with their line. Returns the rows added."""
        from viewer.core.io_formats import read_indicators_csv

        found = read_indicators_csv(path)  # raises a ValueError for a file that is no indicators CSV
        added = self._ensure_session().project.import_rows(found.rows, found.review_states)
        self.undo_stack.clear()  # the rows changed under the older edits
        self._reload_frame()
        self.problems_panel.add_problems(
            [Problem(path, self.tr("line {0}: {1}").format(p.line, p.reason)) for p in found.problems])
        self.statusBar().showMessage(
            self.tr("Imported {0} rows; {1} could not be read").format(added, len(found.problems)), 10_000)
        return added

    def export_reviewed(self, path: str) -> None:
        """Every row with its review state and origin, corrections applied (.csv, .xlsx, .parquet)."""
        from viewer.core.io_formats import review_frame, write_frame

        if self._session is None:
            raise ValueError(self.tr("Nothing is open to export."))
        write_frame(review_frame(self._session.project), path)
        self.statusBar().showMessage(self.tr("Saved {0}").format(path), 5_000)

    # ------------------------------------------------------------- view state in the project

    def _view_state(self) -> dict:
        return {
            "filter": self.filter_panel.spec().to_dict(),
            "sort": [key.to_dict() for key in self.model.sort_keys()],
            "plot": self.plot_panel.state() if hasattr(self.plot_panel, "state") else {},
            "selected_row_key": self._current_row_key(),
        }

    def _store_view_state(self) -> None:
        if self._session is not None and not self._restoring_view:
            self._session.store_view_state(self._view_state())

    def _restore_view_state(self, state: dict) -> None:
        if self._session is not None:
            self._session.discard_view_state()  # what was shown before must not overwrite it
        self._restoring_view = True
        try:
            if isinstance(state.get("filter"), dict):
                self.filter_panel.set_spec(FilterSpec.from_dict(state["filter"]))
            if isinstance(state.get("sort"), list):
                self.model.set_sort([SortKey.from_dict(key) for key in state["sort"]])
            if isinstance(state.get("plot"), dict) and state["plot"] and hasattr(self.plot_panel, "set_state"):
                self.plot_panel.set_state(state["plot"])
        except (KeyError, TypeError, ValueError) as error:
            log.warning("ignoring the project's saved view: %s", error)
        finally:
            self._restoring_view = False
        row_id = self._row_id_of_key(state.get("selected_row_key"))
        if row_id is not None:
            self.table.select_row_id(row_id)

    # ------------------------------------------------------------- review

    def _current_row_key(self) -> int | None:
        row_id = self.table.current_row_id()
        return self.row_key(row_id) if row_id is not None else None

    def row_key(self, row_id: int) -> int | None:
        """The project's stable key of the row shown as ``row_id``."""
        return int(self._row_keys[row_id]) if 0 <= row_id < len(self._row_keys) else None

    def _row_id_of_key(self, key) -> int | None:
        if key is None or not len(self._row_keys):
            return None
        position = self._row_keys.get_indexer([int(key)])[0]
        return int(position) if position >= 0 else None

    def _known_units(self) -> list[str]:
        return self._session.project.known_units() if self._session is not None else []

    def review_selected(self, action: str) -> None:
        """Confirm, reject or mark unreviewed ("confirm", "reject", "unreview") the selected rows.
        With one row, the next row is selected after it, for reviewing with the keyboard."""
        if self._session is None:
            return
        row_ids = [int(r) for r in self.table.selected_row_ids()]
        current = self.table.current_row_id()
        if not row_ids and current is not None:
            row_ids = [current]
        if not row_ids:
            return
        make = {"confirm": review.confirm, "reject": review.reject, "unreview": review.mark_unreviewed}[action]
        project = self._session.project
        edits = [edit for edit in (make(project, self.row_key(r)) for r in row_ids) if edit.new_state != edit.old_state]
        next_row = self._row_after(current) if len(row_ids) == 1 else None
        if edits:
            labels = {  # only for two or more
                "confirm": self.tr("Confirm {0} indicators").format(len(edits)),
                "reject": self.tr("Reject {0} indicators").format(len(edits)),
                "unreview": self.tr("Mark {0} indicators unreviewed").format(len(edits)),
            }
            self._apply_and_push(edits[0] if len(edits) == 1 else review.group(edits, labels[action]))
        if next_row is not None:
            self.table.select_row_id(next_row)

    def _row_after(self, row_id: int | None) -> int | None:
        if row_id is None:
            return None
        position = self.model.view_row(row_id)
        visible = self.model.visible_row_ids()
        if position is None or position + 1 >= len(visible):
            return None
        return int(visible[position + 1])

    def edit_current_cell(self) -> None:
        """Open the editor of the current cell (the indicator's value when no cell is current)."""
        index = self.table.currentIndex()
        if not index.isValid():
            return
        if not self.model.flags(index) & Qt.ItemFlag.ItemIsEditable:
            index = index.siblingAtColumn(self.model.section_of("value"))
        self.table.setCurrentIndex(index)
        self.table.setFocus()
        self.table.edit(index)

    def check_edit(self, row_id: int, values: dict) -> list[tuple[str, object]]:
        """The fields of ``values`` that change the row, validated (ValidationError otherwise)."""
        if self._session is None:
            raise review.ValidationError(self.tr("Nothing is open to edit."))
        row = self._session.project.row(self.row_key(row_id))
        changed = []
        for field_name, raw in values.items():
            new = review.validate_field(field_name, raw)
            if not review.same_value(new, row.values.get(field_name)):
                changed.append((field_name, raw))
        return changed

    def submit_edit(self, row_id: int, values: dict) -> None:
        """Apply the changed fields of ``values`` to the row, as one undoable edit."""
        changed = self.check_edit(row_id, values)
        if not changed:
            return
        session, key = self._session, self.row_key(row_id)
        applied: list[review.Edit] = []
        try:
            for field_name, raw in changed:  # each is made against the row as the previous left it
                edit = review.change_field(session.project, key, field_name, raw)
                session.apply(edit)
                applied.append(edit)
        except (review.ValidationError, review.StaleEditError, ProjectError) as error:
            for edit in reversed(applied):
                session.revert(edit)
            if isinstance(error, review.ValidationError):
                raise
            self._show_error(self.tr("The change was not saved"), str(error))
            return
        if len(applied) == 1:
            self._push(applied[0])
        else:
            name = applied[0].name
            label = value_change_label(name, session.project.row(key).values)
            self._push(review.group(applied, label))

    def _apply_and_push(self, edit: review.Edit) -> None:
        try:
            self._session.apply(edit)
        except (review.StaleEditError, ProjectError) as error:
            self._show_error(self.tr("The change was not saved"), str(error))
            return
        self._push(edit)

    def _push(self, edit: review.Edit) -> None:
        """Put an applied edit on the undo stack."""
        self.undo_stack.push(EditCommand(self._session, edit, self._undo_failed))

    def _undo_failed(self, message: str) -> None:
        self._show_error(self.tr("Could not undo or redo"), message)
        self._reload_frame()

    def _on_edited(self, edit: review.Edit) -> None:
        """Show the rows an edit changed (table, plots and text follow)."""
        if _adds_or_removes_rows(edit):
            added = [e.row_key for e in _edits_in(edit) if isinstance(e, review.AddIndicator)]
            self._reload_frame(select_key=added[-1] if self._has_row(added[-1]) else None)
            return
        frame = self._frame.copy()
        project = self._session.project
        for key in edit.row_keys:
            row_id = self._row_id_of_key(key)
            if row_id is None:
                self._reload_frame()
                return
            row = project.row(key)
            for column in SCHEMA_COLUMNS:
                frame.at[row_id, column] = _cell(row.values.get(column), frame[column].dtype)
            frame.at[row_id, "review_state"] = row.state
        self._set_frame(frame, same_rows=True)

    def _has_row(self, key: int) -> bool:
        try:
            self._session.project.row(key)
        except KeyError:
            return False
        return True

    def add_indicator_from_selection(self) -> None:
        """Ask for the fields of the indicator selected in the source text, pre-filled from the
        extractor's reading of the selection, and add it (undoable)."""
        from viewer.core.extract import parse_selection

        document, span = self.text_pane.document(), self.text_pane.selected_text_span()
        if self._session is None or document is None or span is None or span[0] >= span[1]:
            self.statusBar().showMessage(self.tr("Select the figure in the source text first"), 5_000)
            return
        start, end = span
        found = parse_selection(document, start, end)
        prefill = dataclasses.asdict(found) if found is not None else {}
        dialog = AddIndicatorDialog(prefill, document.text[start:end], self._known_units(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._add_indicator(document.source, start, end, prefill, dialog.values()))
        self.add_dialog = dialog
        dialog.open()

    def _add_indicator(self, source: str, start: int, end: int, prefill: dict, typed: dict) -> None:
        values = {**prefill, **typed}
        # The base value follows the (possibly corrected) value and unit.
        values.update(value_base=None, base_unit="")
        if typed.get("growth_pct") is None:
            values["growth_kind"] = ""
        try:
            edit = review.add_indicator(self._session.project, source, start, end, values)
        except review.ValidationError as error:
            self._show_error(self.tr("The indicator was not added"), i18n.validation_message(error))
            return
        self._apply_and_push(edit)
        self.add_dialog = None

    def reextract_all(self) -> MergeReport | None:
        """Extract every document again, keeping corrections, rejections and added rows; rows with
        manual work that cannot be matched again are listed, never dropped."""
        if self._session is None:
            return None
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            report = self._session.reextract()
        except ProjectError as error:
            self._show_error(self.tr("Could not re-extract"), str(error))
            return None
        finally:
            QApplication.restoreOverrideCursor()
        self.undo_stack.clear()  # the rows changed under the older edits
        self._documents = self._session.project.documents()
        self._reload_frame()
        self._show_merge_problems(report)
        self.statusBar().showMessage(
            self.tr("Re-extracted: {0} new, {1} kept, {2} dropped, {3} could not be matched").format(
                report.rows_added, report.rows_kept, report.rows_dropped, len(report.orphaned)), 10_000)
        return report

    def _show_merge_problems(self, report: MergeReport) -> None:
        self.problems_panel.add_problems([Problem(path, reason) for path, reason in report.failures])
        if report.orphaned:
            self._list_orphans(report.orphaned)

    def _list_orphans(self, orphans: list[Orphan]) -> None:
        self.last_orphans = list(orphans)
        self.problems_panel.add_problems([
            Problem(orphan.source, self.tr("“{0}” ({1}, {2}) is no longer found: {3}").format(
                orphan.indicator, orphan.quote, orphan.review_state, orphan.reason))
            for orphan in orphans
        ])

    def _show_refusal(self, message: str) -> None:
        self.statusBar().showMessage(self.tr("Not applied: {0}").format(message), 10_000)

    def _show_undo_texts(self) -> None:
        self._show_undo_text(self.undo_stack.undoText())
        self._show_redo_text(self.undo_stack.redoText())

    def _show_undo_text(self, text: str) -> None:
        if shiboken6.isValid(self.undo_action):  # the stack clears itself while the window is destroyed
            self.undo_action.setText(self.tr("&Undo {0}").format(text) if text else self.tr("&Undo"))

    def _show_redo_text(self, text: str) -> None:
        if shiboken6.isValid(self.redo_action):
            self.redo_action.setText(self.tr("&Redo {0}").format(text) if text else self.tr("&Redo"))

    def _show_error(self, title: str, message: str) -> None:
        log.warning("%s: %s", title, message)
        QMessageBox.warning(self, title, message)

    # ------------------------------------------------------------- linking

    def select_row(self, row_id: int) -> bool:
        """Select ``row_id`` in the table (the rest follows); False when the filter hides it."""
        if self.table.select_row_id(row_id):
            return True
        self.statusBar().showMessage(self.tr("That indicator is hidden by the current filter"), 5_000)
        return False

    def _on_row_selected(self, row_id: int) -> None:
        if row_id < 0 or row_id >= len(self._frame):
            self.plot_panel.set_selected(None)
            self.text_pane.set_selected(None)
            return
        source = self._frame["source"].iat[row_id]
        row_ids = self._rows_by_source.get(source, np.empty(0, dtype=np.int64))
        starts = self._frame["start"].to_numpy()[row_ids]
        ends = self._frame["end"].to_numpy()[row_ids]
        marks = [(int(r), int(s), int(e)) for r, s, e in zip(row_ids, starts, ends) if 0 <= s < e]
        self.text_pane.show_document(self._documents.get(source), marks, row_id)
        self.plot_panel.set_selected(row_id)

    def _plotted_rows(self) -> np.ndarray:
        """The visible rows but the rejected ones: a rejected figure is not data to compare."""
        visible = self.model.visible_row_ids()
        if "review_state" not in self._frame.columns or not len(visible):
            return visible
        rejected = self._frame["review_state"].to_numpy(dtype=object)[visible] == "rejected"
        return visible[~rejected] if rejected.any() else visible

    def _on_visible_rows_changed(self, _visible: int, _total: int) -> None:
        self.plot_panel.set_visible(self._plotted_rows())

    # ------------------------------------------------------------- file actions

    def _ask_open_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Open Articles"), self._dialog_dir(),
            self.tr("Articles (*.txt *.html *.htm *.shtml *.xhtml);;All files (*)"),
        )
        self.open_paths(paths)

    def _ask_open_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Open Folder"), self._dialog_dir())
        if folder:
            self.open_paths([folder])

    def _dialog_dir(self) -> str:
        recent = self._settings.recent_paths()
        return os.path.dirname(recent[0]) if recent else os.path.expanduser("~")

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self._settings.recent_paths()
        for path in recent:
            entry = self.recent_menu.addAction(path)
            entry.triggered.connect(lambda _checked=False, path=path: self.open_paths([path]))
        if not recent:
            empty = self.recent_menu.addAction(self.tr("(no recent files)"))
            empty.setEnabled(False)
        self.recent_menu.addSeparator()
        self.recent_menu.addAction(self.clear_recent_action)
        self.clear_recent_action.setEnabled(bool(recent))

    def _clear_recent(self) -> None:
        self._settings.clear_recent_paths()

    def _ask_export(self, kind: str) -> None:
        if kind == "csv":
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export Visible Table"), "indicators.csv",
                                                  "CSV (*.csv)")
        else:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export Visible Table"), "indicators.xlsx",
                                                  "Excel (*.xlsx)")
        if path:
            self._report_failure(lambda: self.export_table(path), self.tr("Could not export the table"))

    def export_table(self, path: str) -> None:
        """Write the visible rows (filtered, in table order) to .csv or .xlsx."""
        if path.lower().endswith(".xlsx"):
            export_visible_excel(self.model, path)
        else:
            export_visible_csv(self.model, path)
        self.statusBar().showMessage(self.tr("Saved {0}").format(path), 5_000)

    def _ask_save_plot(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save Plot"), "plot.png", PLOT_FILE_FILTER)
        if path:
            self._report_failure(lambda: self.save_plot(path), self.tr("Could not save the plot"))

    def save_plot(self, path: str) -> None:
        """Save the plot as shown to .png, .svg or .pdf (chosen by the extension)."""
        _save_plot(self.plot_panel, path)
        self.statusBar().showMessage(self.tr("Saved {0}").format(path), 5_000)

    def _report_failure(self, job, title: str) -> None:
        try:
            job()
        except (OSError, ValueError) as error:
            log.warning("%s: %s", title, error)
            QMessageBox.warning(self, title, str(error))

    def copy(self) -> None:
        """Copy the selected source text when the text has focus, else the selected table rows."""
        focus = QApplication.focusWidget()
        if focus is not None and self.text_pane.isAncestorOf(focus) and hasattr(focus, "copy"):
            focus.copy()
        else:
            self.table.copy_selection()

    def _show_problems(self) -> None:
        self.problems_dock.show()
        self.problems_dock.raise_()

    def _show_problem_count(self, count: int) -> None:
        self.problems_button.setVisible(count > 0)
        self.problems_button.setText(self.tr("⚠ %n file(s) could not be loaded", "", count))
        if count and not self.problems_dock.isVisible():
            self.problems_dock.show()

    def _show_about(self) -> None:
        QMessageBox.about(
            self, self.tr("About Indicator Viewer"),
            "<h3>{}</h3><p>{}</p><p>{}</p><p>{}</p>".format(
                html.escape(self.tr("Indicator Viewer {0}").format(viewer.__version__)),
                html.escape(self.tr("Quantitative indicators from Chinese regional-development articles.")),
                html.escape(self.tr("Chinese text is shown with Noto Sans CJK SC, bundled under the "
                                    "SIL Open Font License 1.1 (resources/fonts/OFL.txt).")),
                html.escape(self.tr("Made with Qt (PySide6), pandas and pyqtgraph.")),
            ),
        )

    # ------------------------------------------------------------- drag and drop

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.open_paths(paths)

    # ------------------------------------------------------------- settings

    def _restore_settings(self) -> None:
        settings = self._settings
        geometry = settings.bytes_value("window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(DEFAULT_SIZE)
        state = settings.bytes_value("window/state")
        if state is not None:
            self.restoreState(state)
        for key, splitter in (("window/main_splitter", self.main_splitter), ("window/left_splitter", self.left_splitter)):
            sizes = settings.int_list(key)
            if sizes and len(sizes) == splitter.count():
                splitter.setSizes(sizes)
        header = settings.bytes_value("table/header")
        if header is not None:
            self.table.horizontalHeader().restoreState(header)
        spec = settings.filter_spec()
        if spec is not None:
            self.filter_panel.set_spec(spec)
        plot_state = settings.json_value("plots/state")
        if isinstance(plot_state, dict) and hasattr(self.plot_panel, "set_state"):
            try:
                self.plot_panel.set_state(plot_state)
            except (KeyError, TypeError, ValueError) as error:
                log.warning("ignoring the saved plot settings: %s", error)

    def save_settings(self) -> None:
        settings = self._settings
        settings.set_bytes_value("window/geometry", self.saveGeometry())
        settings.set_bytes_value("window/state", self.saveState())
        settings.set_int_list("window/main_splitter", self.main_splitter.sizes())
        settings.set_int_list("window/left_splitter", self.left_splitter.sizes())
        settings.set_bytes_value("table/header", self.table.horizontalHeader().saveState())
        settings.set_filter_spec(self.filter_panel.spec())
        if hasattr(self.plot_panel, "state"):
            settings.set_json_value("plots/state", self.plot_panel.state())
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if not self._may_discard_work():
            event.ignore()
            return
        self.save_settings()
        self.cancel_loading()
        self._loader.wait()
        if self._session is not None:
            self._store_view_state()
            self._session.close()
            self._session = None
        super().closeEvent(event)


# --------------------------------------------------------------------------- helpers


def _with_suffix(path: str, suffix: str) -> str:
    return path if Path(path).suffix else path + suffix


def _edits_in(edit: review.Edit) -> list[review.Edit]:
    return [e for inner in edit.edits for e in _edits_in(inner)] if isinstance(edit, review.EditGroup) else [edit]


def _adds_or_removes_rows(edit: review.Edit) -> bool:
    return any(isinstance(e, review.AddIndicator) for e in _edits_in(edit))


def _cell(value: object, dtype) -> object:
    """A stored value as the frame's column holds it (missing numbers as NaN / NA)."""
    if value is None:
        return np.nan if dtype.kind == "f" else pd.NA if dtype.kind in "iu" or str(dtype) == "Int64" else ""
    return value


# --------------------------------------------------------------------------- the plot panel


def _make_plot_panel(parent: QWidget) -> QWidget:
    try:
        from viewer.qt.plots import PlotPanel
    except ImportError:
        log.warning("the plot panel is not available; plots are not shown")
        return _NoPlots(parent)
    return PlotPanel(parent=parent)


def _save_plot(panel: QWidget, path: str) -> None:
    from viewer.qt.plot_export import save_plot

    save_plot(panel, path)


class _NoPlots(QLabel):
    """Stands in for the plot panel when it cannot be imported: same signals and slots, no plot."""

    rowClicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)

    def set_frame(self, frame: pd.DataFrame) -> None:
        pass

    def set_visible(self, row_ids: np.ndarray) -> None:
        pass

    def set_selected(self, row_id: int | None) -> None:
        pass
