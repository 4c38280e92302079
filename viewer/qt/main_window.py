"""The main window: filter bar and table, plots, the source text and the problems list, linked.

Row ids (positions in the combined indicators frame) are what the parts exchange: a table
selection shows the row's source text and highlights it in the plots; a click on a plot mark or on
a marked figure in the text selects that row in the table, which then updates the others.

``open_paths(paths)`` is the one entry for everything opened (command line, File menu, recent
list, drag and drop); it loads articles in the background and adds them to what is open.
"""

from __future__ import annotations

import html
import logging
import os
from collections.abc import Sequence

import numpy as np
import pandas as pd
from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QDragEnterEvent, QDropEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QApplication, QDockWidget, QFileDialog, QHBoxLayout, QLabel, QMainWindow, QMessageBox, QProgressBar,
    QPushButton, QSplitter, QToolButton, QVBoxLayout, QWidget,
)

import viewer
from viewer.core.document import Document
from viewer.core.schema import indicators_frame
from viewer.qt import i18n
from viewer.qt.filter_panel import FilterPanel
from viewer.qt.loader import ArticleLoader, LoadResult
from viewer.qt.problems_panel import ProblemsPanel
from viewer.qt.settings import Settings
from viewer.qt.table_model import IndicatorTableModel
from viewer.qt.table_view import IndicatorTableView, export_visible_csv, export_visible_excel
from viewer.qt.text_pane import TextPane
from viewer.resources import ResourceMissing, resource_path

log = logging.getLogger(__name__)

DEFAULT_SIZE = QSize(1400, 900)
PLOT_FILE_FILTER = "PNG (*.png);;SVG (*.svg);;PDF (*.pdf)"


class MainWindow(QMainWindow):
    """Signal ``loadFinished()`` once a load's documents are shown (also after a cancel)."""

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

    # ------------------------------------------------------------- building

    def _build_widgets(self) -> None:
        self.model = IndicatorTableModel(parent=self)
        self.table = IndicatorTableView(self.model, self)
        self.table.setObjectName("indicatorTable")
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
        self.file_menu.addActions([self.open_files_action, self.open_folder_action])
        self.recent_menu = self.file_menu.addMenu("")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.export_csv_action, self.export_excel_action, self.save_plot_action])
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.close_all_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)

        self.edit_menu = bar.addMenu("")
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
        self.setWindowTitle(self.tr("Indicator Viewer"))
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
        }
        for action, text in texts.items():
            action.setText(text)
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
        """Open articles and folders (added to what is open); ``remember`` adds them to Open Recent.

        Everything opened comes through here, so new kinds of file get their handler here.
        """
        paths = [os.fspath(p) for p in paths]
        if not paths:
            return
        if remember:
            self._settings.add_recent_paths(paths)
        if self._loader.is_running():
            self._pending.append(paths)
            return
        self._start_loading(paths)

    def is_loading(self) -> bool:
        return self._loader.is_running() or bool(self._pending)

    def cancel_loading(self) -> None:
        self._pending.clear()
        self._loader.cancel()
        self.cancel_button.setEnabled(False)

    def _start_loading(self, paths: list[str]) -> None:
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
        reloaded = [source for source in result.documents if source in self._documents]
        self._documents.update(result.documents)
        frame = self._frame
        if reloaded:  # a file opened again replaces its old rows (row ids after it shift)
            self.table.clearSelection()
            frame = frame[~frame["source"].isin(reloaded)]
        if result.frame is not None and len(result.frame):
            frame = pd.concat([frame, result.frame], ignore_index=True) if len(frame) else result.frame
        self._set_frame(frame.reset_index(drop=True))
        if self.table.current_row_id() is None and len(self.model.visible_row_ids()):
            self.select_row(int(self.model.visible_row_ids()[0]))  # something to read at once
        elif self.table.current_row_id() is None and result.documents:
            self.text_pane.show_document(next(iter(result.documents.values())))

    def _set_frame(self, frame: pd.DataFrame) -> None:
        self._frame = frame
        self._rows_by_source = {str(k): v for k, v in frame.groupby("source", sort=False).indices.items()}
        self.model.set_frame(frame)
        self.plot_panel.set_frame(frame)
        self.plot_panel.set_visible(self.model.visible_row_ids())

    def close_all(self) -> None:
        """Close every document (the problems list too)."""
        self.cancel_loading()
        self._documents.clear()
        self._set_frame(indicators_frame([]))
        self.text_pane.clear()
        self.problems_panel.clear()

    def documents(self) -> dict[str, Document]:
        return dict(self._documents)

    def frame(self) -> pd.DataFrame:
        return self._frame

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

    def _on_visible_rows_changed(self, _visible: int, _total: int) -> None:
        self.plot_panel.set_visible(self.model.visible_row_ids())

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
        self.save_settings()
        self.cancel_loading()
        self._loader.wait()
        super().closeEvent(event)


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
