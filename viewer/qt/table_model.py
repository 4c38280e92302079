"""The indicators frame as a Qt table model: the model swaps an array of visible row ids.

Filtering and sorting run in ``viewer.core.table`` (numpy/pyarrow), never in a
QSortFilterProxyModel; the model only maps view rows to row ids (positions in the frame).

Public API
----------
``IndicatorTableModel(frame=None, parent=None)``
    ``set_frame(frame, keep_selection=True)``, ``frame()``, ``keeps_selection()`` (views keep the
    selected row ids across a reset unless ``set_frame`` was told they now name other rows);
    ``set_filter(spec)``, ``filter_spec()``, ``filter_error()`` (invalid regex message or None);
    ``set_sort(keys)``, ``sort_keys()`` (``viewer.core.table.SortKey`` over schema columns);
    ``row_id(view_row) -> int``, ``view_row(row_id) -> int | None`` (O(1)),
    ``view_rows(row_ids) -> np.ndarray`` (-1 where filtered out);
    ``visible_row_ids()``, ``visible_frame()`` (raw schema columns, display order);
    ``counts() -> (visible, total)``;
    ``column_key(section)``, ``section_of(key)``, ``sort_column(section)``,
    ``section_of_sort_column(column)``; the module's ``COLUMNS`` describe the displayed columns;
    ``retranslate()`` after the interface language changed.
    Signal ``visibleRowsChanged(int visible, int total)`` after every change of the visible rows.
``ROW_ID_ROLE``
    ``index.data(ROW_ID_ROLE)`` is the row id of the index's row.

Display: ``value`` reads "436.29 亿元", ``qualifier`` shows 约 / > / <, ``value_base`` has
thousands separators and the base unit, numbers are right-aligned, the tooltip is the sentence.
A filter change resets the model; a sort change is a layout change that keeps selections.

Review: the first column marks the row's ``review_state`` (✓ confirmed, ✎ corrected, ✗ rejected,
empty when unreviewed) on a coloured ground; rejected rows are grey and struck through. A frame
without that column reads as all unreviewed.

Editing: ``set_edit_handler(handler)`` makes the columns in ``EDIT_FIELDS`` editable. The handler
has ``check_edit(row_id, values)`` and ``submit_edit(row_id, values)`` (``values`` maps fields to
what was typed; both raise ``review.ValidationError``, only the second applies anything).
``update_frame(frame)`` shows edited values of the same rows as a layout change (selections and
open editors stay on their rows; a sorted or filtered view re-sorts and re-filters). ``index.data(Qt.EditRole)`` gives the raw value to edit
(for ``value``: ``{"value": float | None, "unit": str}``); ``setData`` takes the same shape
(texts as typed) and refuses invalid input with signal ``editRefused(str message)``.
"""

from __future__ import annotations

import functools
import html
import threading
from dataclasses import dataclass

import numpy as np
import pandas as pd
from PySide6.QtCore import (
    QAbstractItemModel, QAbstractTableModel, QCollator, QLocale, QModelIndex, QObject, Qt, QTimer, Signal,
)
from PySide6.QtGui import QColor, QFont

from viewer.core.review import ValidationError
from viewer.core.table import FilterSpec, IndicatorQuery, SortKey, export_frame, prepare_search
from viewer.qt.formatting import format_base, format_growth, format_value, qualifier_mark, source_name
from viewer.qt.i18n import validation_message

ROW_ID_ROLE = int(Qt.ItemDataRole.UserRole) + 1

_MAX_CACHED_CELLS = 100_000  # formatted texts kept per column
_PREPARE_SEARCH_ROWS = 100_000  # from this size, the search index is built in the background
_PREPARE_SEARCH_DELAY_MS = 300

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_CENTER = Qt.AlignmentFlag.AlignCenter

# The overload of layout(AboutToBe)Changed that carries a hint ("rows only moved vertically").
_PERSISTENT_LIST = "QList<QPersistentModelIndex>"
_HINT = QAbstractItemModel.LayoutChangeHint


@dataclass(frozen=True)
class DisplayColumn:
    key: str  # the column's name in the view
    sort_column: str  # the schema column a header click sorts by
    alignment: Qt.AlignmentFlag
    width_chars: int  # default width, in CJK characters


COLUMNS: tuple[DisplayColumn, ...] = (
    DisplayColumn("indicator", "indicator", _LEFT, 9),
    DisplayColumn("value", "value", _RIGHT, 8),
    DisplayColumn("qualifier", "qualifier", _CENTER, 2),
    DisplayColumn("year", "year", _RIGHT, 3),
    DisplayColumn("growth", "growth_pct", _RIGHT, 7),
    DisplayColumn("subject", "subject", _LEFT, 9),
    DisplayColumn("category", "category", _LEFT, 4),
    DisplayColumn("source", "source", _LEFT, 8),
    DisplayColumn("value_base", "value_base", _RIGHT, 10),
    DisplayColumn("quote", "quote", _LEFT, 16),
    # Last in the model (section numbers of the others stay put); the view shows it first.
    DisplayColumn("review", "review_state", _CENTER, 2),
)


def _section_where(field: str, value: str) -> int | None:
    """The first section whose column has ``value`` in ``field`` (a DisplayColumn field), or None."""
    return next((section for section, column in enumerate(COLUMNS) if getattr(column, field) == value), None)


# Display column -> the project field an edit of that cell changes.
EDIT_FIELDS: dict[str, str] = {
    "indicator": "indicator",
    "value": "value",
    "qualifier": "qualifier",
    "year": "year",
    "growth": "growth_pct",
    "subject": "subject",
}

REVIEW_MARKS = {"confirmed": "✓", "corrected": "✎", "rejected": "✗"}
REVIEW_BACKGROUNDS = {"confirmed": QColor("#d7f0dc"), "corrected": QColor("#d9e6ff"), "rejected": QColor("#e6e6e6")}
REJECTED_FOREGROUND = QColor("#9a9a9a")


class IndicatorTableModel(QAbstractTableModel):
    """Read-only table of indicators; rows are the visible row ids of an ``IndicatorQuery``."""

    visibleRowsChanged = Signal(int, int)  # visible, total
    editRefused = Signal(str)  # why the typed value was not applied

    def __init__(self, frame: pd.DataFrame | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._query = IndicatorQuery(frame, collate=_chinese_sort_key())  # text sorts in pinyin order
        self._visible = self._query.visible
        self._cells: dict[int, dict[int, str]] = {section: {} for section in range(len(COLUMNS))}
        self._numbers: dict[str, np.ndarray] = {}
        self._series: dict[str, pd.Series] = {}
        self._keep_selection = True
        self._edit_handler = None
        self._titles = self._column_titles()
        self._state_labels = self._review_state_labels()
        self._category_labels = category_labels(self)
        self._prepare_search()

    # ------------------------------------------------------------- state

    def frame(self) -> pd.DataFrame:
        return self._query.frame

    def set_frame(self, frame: pd.DataFrame, keep_selection: bool = True) -> None:
        """Show ``frame`` (keeping the filter and sort).

        Views keep their selected and current rows by row id (right when rows were appended);
        pass ``keep_selection=False`` when row ids now name other rows.
        """
        self._keep_selection = keep_selection
        self.beginResetModel()
        self._query.set_frame(frame)
        for cells in self._cells.values():
            cells.clear()
        self._numbers.clear()
        self._series.clear()
        self._visible = self._query.visible
        self.endResetModel()
        self._keep_selection = True
        self._emit_counts()
        self._prepare_search()

    def update_frame(self, frame: pd.DataFrame) -> None:
        """Show ``frame``, whose row ids name the same rows as the current one's (values edited)."""
        if len(frame) != self._query.total:
            self.set_frame(frame)
            return
        self.layoutAboutToBeChanged.emit()
        old_visible = self._visible
        self._query.set_frame(frame)
        for cells in self._cells.values():
            cells.clear()
        self._numbers.clear()
        self._series.clear()
        self._visible = self._query.visible
        self._move_persistent_indexes(old_visible)
        self.layoutChanged.emit()
        self._emit_counts()

    def keeps_selection(self) -> bool:
        """Whether views should select the same row ids again after the reset in progress."""
        return self._keep_selection

    def _prepare_search(self) -> None:
        """On a large frame, build the search index while the user looks at the table, so that
        the first keystroke is as quick as the next (pyarrow releases the GIL while it works).
        It starts a moment later, to leave the first paint alone."""
        frame = self._query.frame
        if len(frame) >= _PREPARE_SEARCH_ROWS:
            QTimer.singleShot(_PREPARE_SEARCH_DELAY_MS, self, lambda: _start_search_index(frame))

    def filter_spec(self) -> FilterSpec:
        return self._query.spec

    def filter_error(self) -> str | None:
        return self._query.error

    def set_filter(self, spec: FilterSpec) -> None:
        """Show only the rows ``spec`` lets through (no-op when it is the current filter)."""
        if spec == self._query.spec:
            return
        self.beginResetModel()
        self._query.set_filter(spec)
        self._visible = self._query.visible
        self.endResetModel()
        self._emit_counts()

    def sort_keys(self) -> tuple[SortKey, ...]:
        return self._query.sort_keys

    def set_sort(self, keys: list[SortKey] | tuple[SortKey, ...]) -> None:
        """Order rows by ``keys`` (empty: frame order); selections and the current row follow."""
        keys = tuple(keys)
        if keys == self._query.sort_keys:
            return
        hint = QAbstractItemModel.LayoutChangeHint.VerticalSortHint
        self.layoutAboutToBeChanged[_PERSISTENT_LIST, _HINT].emit([], hint)
        old_visible = self._visible
        self._query.set_sort(keys)
        self._visible = self._query.visible
        self._move_persistent_indexes(old_visible)
        self.layoutChanged[_PERSISTENT_LIST, _HINT].emit([], hint)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        self._emit_counts()

    def _move_persistent_indexes(self, old_visible: np.ndarray) -> None:
        persistent = self.persistentIndexList()
        if not persistent:
            return
        old_rows = np.fromiter((index.row() for index in persistent), dtype=np.int64, count=len(persistent))
        new_rows = self._query.positions(old_visible[old_rows])
        moved = [
            self.index(int(row), index.column()) if row >= 0 else QModelIndex()
            for index, row in zip(persistent, new_rows)
        ]
        self.changePersistentIndexList(persistent, moved)

    def _emit_counts(self) -> None:
        self.visibleRowsChanged.emit(*self.counts())

    # ------------------------------------------------------------- row ids

    def counts(self) -> tuple[int, int]:
        """(visible rows, rows in the frame)."""
        return len(self._visible), self._query.total

    def row_id(self, view_row: int) -> int:
        return int(self._visible[view_row])

    def view_row(self, row_id: int) -> int | None:
        """The view row showing ``row_id``, or None when it is filtered out."""
        return self._query.position(row_id)

    def view_rows(self, row_ids: np.ndarray) -> np.ndarray:
        """View rows of many row ids at once (-1 where filtered out)."""
        return self._query.positions(row_ids)

    def visible_row_ids(self) -> np.ndarray:
        """Row ids in display order (read-only)."""
        view = self._visible.view()
        view.flags.writeable = False
        return view

    def visible_frame(self) -> pd.DataFrame:
        """The visible rows' raw schema columns, in display order."""
        return export_frame(self._query.frame, self._visible)

    # ------------------------------------------------------------- columns

    @staticmethod
    def column_key(section: int) -> str:
        return COLUMNS[section].key

    @staticmethod
    def sort_column(section: int) -> str:
        return COLUMNS[section].sort_column

    @staticmethod
    def section_of(key: str) -> int | None:
        return _section_where("key", key)

    @staticmethod
    def section_of_sort_column(column: str) -> int | None:
        return _section_where("sort_column", column)

    def retranslate(self) -> None:
        """Header and cell texts again, after the interface language changed."""
        self._titles = self._column_titles()
        self._state_labels = self._review_state_labels()
        self._category_labels = category_labels(self)
        self._cells[self.section_of("growth")].clear()  # holds translated growth kinds
        self._cells[self.section_of("category")].clear()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self._visible.size:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._visible) - 1, len(COLUMNS) - 1))

    def _column_titles(self) -> list[tuple[str, str]]:
        """(header, header tooltip) per column, in COLUMNS order."""
        return [
            (self.tr("Indicator"), self.tr("What is measured")),
            (self.tr("Value"), self.tr("The number as written, with its unit; sorts by the amount in base units")),
            (self.tr("Q"), self.tr("Qualifier: 约 about, > over, < under")),
            (self.tr("Year"), self.tr("The year the number refers to")),
            (self.tr("Growth"), self.tr("Growth rate in percent")),
            (self.tr("Subject"), self.tr("The zone, city or province the number is about")),
            (self.tr("Category"), self.tr("Kind of indicator")),
            (self.tr("Source"), self.tr("The article the number was read from")),
            (self.tr("Base value"), self.tr("The number in base units (元, 人, 家 ...)")),
            (self.tr("Quote"), self.tr("The exact words in the article")),
            ("✓", self.tr("Review: ✓ confirmed, ✎ corrected, ✗ rejected, empty when not reviewed yet")),
        ]

    def _review_state_labels(self) -> dict[str, str]:
        return review_state_labels(self)

    # ------------------------------------------------------------- editing

    def set_edit_handler(self, handler) -> None:
        """Make the cells in ``EDIT_FIELDS`` editable through ``handler`` (None: read-only)."""
        self._edit_handler = handler

    def review_state(self, row_id: int) -> str:
        return self._text("review_state", row_id) or "unreviewed"

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if self._edit_handler is not None and index.isValid() and COLUMNS[index.column()].key in EDIT_FIELDS:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: QModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or self._edit_handler is None or not index.isValid():
            return False
        key = COLUMNS[index.column()].key
        if key not in EDIT_FIELDS:
            return False
        values = dict(value) if isinstance(value, dict) else {EDIT_FIELDS[key]: value}
        row_id = int(self._visible[index.row()])
        try:
            self._edit_handler.submit_edit(row_id, values)
        except ValidationError as error:
            self.editRefused.emit(validation_message(error))
            return False
        return True

    def validate(self, index: QModelIndex, value) -> str | None:
        """Why ``value`` cannot be stored in the cell at ``index``, or None (nothing is applied)."""
        if self._edit_handler is None or not index.isValid():
            return None
        key = COLUMNS[index.column()].key
        values = dict(value) if isinstance(value, dict) else {EDIT_FIELDS.get(key, key): value}
        try:
            self._edit_handler.check_edit(int(self._visible[index.row()]), values)
        except ValidationError as error:
            return validation_message(error)
        return None

    def _edit_value(self, key: str, row_id: int):
        if key == "value":
            number = self._number("value")[row_id]
            return {"value": None if np.isnan(number) else float(number), "unit": self._text("unit", row_id)}
        field = EDIT_FIELDS[key]
        if field in ("year", "growth_pct"):
            number = self._number(field)[row_id]
            return None if np.isnan(number) else (int(number) if field == "year" else float(number))
        return self._text(field, row_id)

    # ------------------------------------------------------------- Qt model

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cell_text(index.column(), int(self._visible[index.row()]))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return COLUMNS[index.column()].alignment
        if role == ROW_ID_ROLE:
            return int(self._visible[index.row()])
        if role == Qt.ItemDataRole.EditRole:
            key = COLUMNS[index.column()].key
            row_id = int(self._visible[index.row()])
            return self._edit_value(key, row_id) if key in EDIT_FIELDS else self._cell_text(index.column(), row_id)
        if role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole, Qt.ItemDataRole.BackgroundRole):
            return self._review_look(role, index.column(), self.review_state(int(self._visible[index.row()])))
        if role == Qt.ItemDataRole.ToolTipRole:
            if COLUMNS[index.column()].key == "review":
                return self._state_labels.get(self.review_state(int(self._visible[index.row()])))
            sentence = self._text("sentence", int(self._visible[index.row()]))
            # Rich text so that a long sentence wraps instead of running off the screen.
            return f"<p>{html.escape(sentence)}</p>" if sentence else None
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        title, tooltip = self._titles[section]
        rank = self._sort_rank(section)
        if role == Qt.ItemDataRole.DisplayRole:
            if rank is not None and len(self._query.sort_keys) > 1:
                return f"{title} {rank + 1}"
            return title
        if role == Qt.ItemDataRole.ToolTipRole:
            if rank is None:
                return tooltip
            key = self._query.sort_keys[rank]
            direction = self.tr("ascending") if key.ascending else self.tr("descending")
            return self.tr("{0}\nSort key {1}, {2}").format(tooltip, rank + 1, direction)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return COLUMNS[section].alignment
        return None

    def _review_look(self, role: int, section: int, state: str):
        """Colour and font that show a row's review state."""
        if role == Qt.ItemDataRole.BackgroundRole:
            return REVIEW_BACKGROUNDS.get(state) if COLUMNS[section].key == "review" else None
        if state != "rejected":
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            return REJECTED_FOREGROUND
        font = QFont()
        font.setStrikeOut(COLUMNS[section].key != "review")
        return font

    def _sort_rank(self, section: int) -> int | None:
        column = COLUMNS[section].sort_column
        return next((i for i, key in enumerate(self._query.sort_keys) if key.column == column), None)

    # ------------------------------------------------------------- cell text

    def _cell_text(self, section: int, row_id: int) -> str:
        """Formatted once per cell and frame: repaints then only look the text up."""
        cells = self._cells[section]
        text = cells.get(row_id)
        if text is None:
            if len(cells) >= _MAX_CACHED_CELLS:  # scrolling through a million rows must not hoard memory
                cells.clear()
            text = cells[row_id] = self._format(COLUMNS[section].key, row_id)
        return text

    def _format(self, key: str, row_id: int) -> str:
        if key == "review":
            return REVIEW_MARKS.get(self._text("review_state", row_id), "")
        if key == "value":
            return format_value(self._number("value")[row_id], self._text("unit", row_id))
        if key == "value_base":
            return format_base(self._number("value_base")[row_id], self._text("base_unit", row_id))
        if key == "year":
            year = self._number("year")[row_id]
            return "" if np.isnan(year) else str(int(year))
        if key == "growth":
            kind = self._text("growth_kind", row_id)
            return format_growth(self._number("growth_pct")[row_id], self._growth_kind_label(kind))
        if key == "qualifier":
            return qualifier_mark(self._text("qualifier", row_id))
        if key == "source":
            return source_name(self._text("source", row_id))
        if key == "category":
            code = self._text("category", row_id)
            return self._category_labels.get(code, code)
        return self._text(key, row_id)

    def _text(self, column: str, row_id: int) -> str:
        series = self._series.get(column)
        if series is None:  # frame[column] costs tens of microseconds: look it up once
            frame = self._query.frame
            if column not in frame.columns:  # e.g. review_state in a frame of plain extraction
                return ""
            series = self._series[column] = frame[column]
        value = series.iat[row_id]
        return value if isinstance(value, str) else ""

    def _number(self, column: str) -> np.ndarray:
        numbers = self._numbers.get(column)
        if numbers is None:
            numbers = self._numbers[column] = self._query.frame[column].to_numpy(dtype="float64", na_value=np.nan)
        return numbers

    def _growth_kind_label(self, kind: str) -> str:
        if kind in ("", "yoy"):
            return ""
        labels = {"avg_annual": self.tr("avg/yr"), "multiple": self.tr("times"),
                  "vs_base": self.tr("vs base"), "mom": self.tr("m/m")}
        return labels.get(kind, kind)


@functools.lru_cache(maxsize=1)
def _chinese_sort_key():
    """Qt's ICU collation for Chinese: pinyin order (安徽, 北京, 上海), shared by every model."""
    return QCollator(QLocale(QLocale.Language.Chinese, QLocale.Country.China)).sortKey


def category_labels(context: QObject) -> dict[str, str]:
    """The category codes of ``viewer.core.categories`` named for the user."""
    return {
        "economy": context.tr("Economy"),
        "finance": context.tr("Finance"),
        "fiscal": context.tr("Fiscal"),
        "investment": context.tr("Investment"),
        "talent": context.tr("Talent"),
        "innovation": context.tr("Innovation"),
        "enterprises": context.tr("Enterprises"),
        "land/area": context.tr("Land and area"),
        "trade": context.tr("Trade"),
        "consumption": context.tr("Consumption"),
        "industry": context.tr("Industry"),
        "infrastructure": context.tr("Infrastructure"),
        "society": context.tr("Society"),
        "environment": context.tr("Environment"),
        "agriculture": context.tr("Agriculture"),
        "other": context.tr("Other"),
    }


def review_state_labels(context: QObject) -> dict[str, str]:
    """The review states named for the user (``context`` gives the translation)."""
    return {
        "unreviewed": context.tr("Not reviewed"),
        "confirmed": context.tr("Confirmed"),
        "corrected": context.tr("Corrected"),
        "rejected": context.tr("Rejected"),
    }


def _start_search_index(frame: pd.DataFrame) -> None:
    threading.Thread(target=prepare_search, args=(frame,), name="search-index", daemon=True).start()
