"""The indicator table widget: header-click sorting, row selection by row id, copy and export.

Public API
----------
``IndicatorTableView(model=None, parent=None)`` (a QTableView; call ``setModel`` with an
``IndicatorTableModel`` when not given one)
    Header clicks: ascending, then descending, then the frame's order; shift-click adds (or
    cycles, or drops) a secondary key. The primary key shows the sort indicator; with several
    keys each sorted header shows its rank ("Value 2") and its tooltip says the direction.
    Ctrl+C (the platform's Copy key) copies the selected rows as TSV with a header line: all
    schema columns, raw values.
    ``sort_by_section(section, add=False)`` does what a (shift-)click on that header does.
    ``select_row_id(row_id) -> bool`` selects and scrolls to a row (False if it is filtered out).
    ``current_row_id() -> int | None``, ``selected_row_ids() -> np.ndarray`` (display order),
    ``copy_selection() -> str`` (also puts it on the clipboard).
    Review keys (when no cell editor is open): Enter confirms, Delete rejects, Backspace marks
    unreviewed: signal ``reviewRequested(str action)`` with "confirm", "reject" or "unreview"
    (the window acts on the selected rows). F2 or a double-click edits a cell (editable models).
    Signal ``rowSelected(int row_id)`` when the current row changes to another row id; -1 when
    the current row goes away (filtered out, new frame). Selections survive sorting, filtering
    and ``model.set_frame(frame)`` by row id (rows still visible stay selected), not
    ``set_frame(frame, keep_selection=False)``.
``export_visible_csv(model, path)``, ``export_visible_excel(model, path)``
    The visible rows (filtered, in display order), raw schema columns, written atomically; CSV
    in UTF-8 with BOM. Excel raises ValueError beyond 1,048,575 rows.
"""

from __future__ import annotations

import os

import numpy as np
from PySide6.QtCore import QEvent, QItemSelection, QItemSelectionModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from viewer.core.table import SortKey, rows_to_tsv, write_csv, write_excel
from viewer.qt.table_model import COLUMNS, IndicatorTableModel

# Beyond these, restoring a selection after a filter change costs more than it helps.
_MAX_RESTORED_ROWS = 200_000
_MAX_RESTORED_RANGES = 5_000

_SELECT_ROWS = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows


REVIEW_KEYS = {
    Qt.Key.Key_Return: "confirm",
    Qt.Key.Key_Enter: "confirm",
    Qt.Key.Key_Delete: "reject",
    Qt.Key.Key_Backspace: "unreview",
}


class IndicatorTableView(QTableView):
    rowSelected = Signal(int)
    reviewRequested = Signal(str)

    def __init__(self, model: IndicatorTableModel | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._click_modifiers = Qt.KeyboardModifier.NoModifier
        self._emitted_row_id: int | None = None
        self._saved_current: int | None = None
        self._saved_selection = np.empty(0, dtype=np.int64)
        self._configure()
        if model is not None:
            self.setModel(model)

    def _configure(self) -> None:
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSortingEnabled(False)  # sorting is ours, done with numpy, not QTableView's
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setAlternatingRowColors(True)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )

        rows = self.verticalHeader()
        rows.setVisible(False)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # uniform heights: no per-row measuring
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)

        header = self.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.sectionClicked.connect(self._on_header_clicked)
        header.viewport().installEventFilter(self)

    # ------------------------------------------------------------- model

    def model(self) -> IndicatorTableModel | None:  # noqa: D102 - narrowed type
        return super().model()

    def setModel(self, model: IndicatorTableModel) -> None:  # noqa: N802 - Qt override
        old = self.model()
        if old is not None:
            for signal, slot in self._model_connections(old):
                signal.disconnect(slot)
        super().setModel(model)
        for signal, slot in self._model_connections(model):
            signal.connect(slot)
        self.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        self._set_default_widths()
        self._show_review_column_first()
        self._show_sort_indicator()

    def _model_connections(self, model: IndicatorTableModel):
        return (
            (model.modelAboutToBeReset, self._save_selection),
            (model.modelReset, self._restore_selection),
            (model.layoutChanged, self._show_sort_indicator),
            (model.modelReset, self._show_sort_indicator),
        )

    def _set_default_widths(self) -> None:
        char_width = self.fontMetrics().horizontalAdvance("中")
        header_metrics = self.horizontalHeader().fontMetrics()
        model = self.model()
        for section, column in enumerate(COLUMNS):
            title = model.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
            # Room for the title, a sort rank ("Value 2") and the sort arrow.
            title_width = header_metrics.horizontalAdvance(f"{title} 9") + 28
            self.setColumnWidth(section, max(char_width * column.width_chars + 16, title_width))

    def _show_review_column_first(self) -> None:
        section = self.model().section_of("review")
        header = self.horizontalHeader()
        if section is not None and header.visualIndex(section) != 0:
            header.moveSection(header.visualIndex(section), 0)

    # ------------------------------------------------------------- sorting

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        # sectionClicked carries no modifiers: remember those of the press that led to it.
        if watched is self.horizontalHeader().viewport() and event.type() == QEvent.Type.MouseButtonPress:
            self._click_modifiers = event.modifiers()
        return super().eventFilter(watched, event)

    def _on_header_clicked(self, section: int) -> None:
        self.sort_by_section(section, add=bool(self._click_modifiers & Qt.KeyboardModifier.ShiftModifier))

    def sort_by_section(self, section: int, add: bool = False) -> None:
        """A header click: cycle ascending -> descending -> unsorted; ``add`` keeps the other keys."""
        model = self.model()
        if model is None:
            return
        column = model.sort_column(section)
        keys = list(model.sort_keys())
        position = next((i for i, key in enumerate(keys) if key.column == column), None)
        if add and keys:
            if position is None:
                keys.append(SortKey(column, True))
            elif keys[position].ascending:
                keys[position] = SortKey(column, False)
            else:
                del keys[position]
        else:
            primary = keys[0] if keys and keys[0].column == column else None
            if primary is None:
                keys = [SortKey(column, True)]
            elif primary.ascending:
                keys = [SortKey(column, False)]
            else:
                keys = []
        model.set_sort(keys)
        self._show_sort_indicator()

    def _show_sort_indicator(self) -> None:
        model, header = self.model(), self.horizontalHeader()
        keys = model.sort_keys() if model is not None else ()
        section = model.section_of_sort_column(keys[0].column) if keys else None
        if section is None:
            header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        else:
            order = Qt.SortOrder.AscendingOrder if keys[0].ascending else Qt.SortOrder.DescendingOrder
            header.setSortIndicator(section, order)

    # ------------------------------------------------------------- selection

    def current_row_id(self) -> int | None:
        index = self.currentIndex()
        return self.model().row_id(index.row()) if index.isValid() else None

    def selected_row_ids(self) -> np.ndarray:
        """Row ids of the selected rows, in display order."""
        model = self.model()
        if model is None or self.selectionModel() is None:
            return np.empty(0, dtype=np.int64)
        view_rows = self._selected_view_rows()
        return model.visible_row_ids()[view_rows].astype(np.int64)

    def _selected_view_rows(self) -> np.ndarray:
        # Whole ranges, not selectedRows(): a million selected rows must not become a million indexes.
        ranges = [np.arange(r.top(), r.bottom() + 1) for r in self.selectionModel().selection()]
        return np.unique(np.concatenate(ranges)) if ranges else np.empty(0, dtype=np.int64)

    def select_row_id(self, row_id: int) -> bool:
        """Make ``row_id`` the current, only selected row and scroll to it; False if not shown."""
        model = self.model()
        view_row = model.view_row(row_id) if model is not None else None
        if view_row is None:
            return False
        index = model.index(view_row, max(self.currentIndex().column(), 0))
        self.selectionModel().setCurrentIndex(index, _SELECT_ROWS)
        self.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        return True

    def _on_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row_id = self.model().row_id(current.row()) if current.isValid() else -1
        if row_id != self._emitted_row_id and not (row_id == -1 and self._emitted_row_id is None):
            self._emitted_row_id = row_id
            self.rowSelected.emit(row_id)

    def _save_selection(self) -> None:
        self._saved_current = self.current_row_id()
        selected = self.selected_row_ids()
        self._saved_selection = selected if len(selected) <= _MAX_RESTORED_ROWS else np.empty(0, np.int64)

    def _restore_selection(self) -> None:
        """After a reset (new filter or frame), select again the saved rows that are still shown."""
        model, selection_model = self.model(), self.selectionModel()
        if not model.keeps_selection():
            self._saved_current, self._saved_selection = None, np.empty(0, dtype=np.int64)
        blocker = selection_model.blockSignals(True)  # one rowSelected at most, from the current row below
        try:
            self._select_view_rows(model.view_rows(self._saved_selection))
        finally:
            selection_model.blockSignals(blocker)
        current = model.view_row(self._saved_current) if self._saved_current is not None else None
        if current is not None:
            index = model.index(current, 0)
            selection_model.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
            self.scrollTo(index)
        else:
            self._on_current_row_changed(QModelIndex(), QModelIndex())
        self.viewport().update()

    def _select_view_rows(self, view_rows: np.ndarray) -> None:
        rows = np.sort(view_rows[view_rows >= 0])
        if not len(rows):
            return
        breaks = np.flatnonzero(np.diff(rows) != 1)
        starts = np.concatenate(([rows[0]], rows[breaks + 1]))
        ends = np.concatenate((rows[breaks], [rows[-1]]))
        if len(starts) > _MAX_RESTORED_RANGES:
            return
        model, last_column = self.model(), self.model().columnCount() - 1
        selection = QItemSelection()
        for start, end in zip(starts, ends):
            selection.select(model.index(int(start), 0), model.index(int(end), last_column))
        self.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    # ------------------------------------------------------------- copy

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_selection()
            event.accept()
            return
        action = REVIEW_KEYS.get(event.key())
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if action and plain and self.state() != QAbstractItemView.State.EditingState:
            self.reviewRequested.emit(action)
            event.accept()
            return
        super().keyPressEvent(event)

    def copy_selection(self) -> str:
        """The selected rows as TSV with a header line; also put on the clipboard."""
        row_ids = self.selected_row_ids()
        if not len(row_ids):
            return ""
        text = rows_to_tsv(self.model().frame(), row_ids)
        QGuiApplication.clipboard().setText(text)
        return text


def export_visible_csv(model: IndicatorTableModel, path: str | os.PathLike) -> None:
    """The visible rows as CSV (UTF-8 with BOM), written atomically."""
    write_csv(model.visible_frame(), path)


def export_visible_excel(model: IndicatorTableModel, path: str | os.PathLike) -> None:
    """The visible rows as an .xlsx workbook, written atomically."""
    write_excel(model.visible_frame(), path)
