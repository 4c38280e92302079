"""The filter bar above the indicator table: search, value checklists, number ranges, the count.

Public API
----------
``FilterPanel(model=None, parent=None)`` (a QWidget)
    A search box (case-insensitive words, or one regular expression with the ``.*`` toggle;
    applied 150 ms after the last keystroke), a checklist button per categorical column
    (unit, category, subject, source, year), min/max fields for base value, growth and year
    (they accept "1,234", "1.5e6", "3万", "2.5亿"), a "Clear filters" button and the
    "N of M indicators" label, kept current from the model's ``visibleRowsChanged``.
    The panel applies its filter to the model itself (``model.set_filter``) and then emits
    ``filterChanged(FilterSpec)`` (for saving it). An invalid regular expression shows its error
    beside the search box and matches nothing.
    ``set_model(model)``, ``spec() -> FilterSpec``, ``set_spec(spec)`` (restore a saved filter;
    values for columns the panel has no control for are kept), ``clear()``, ``retranslate()``
    (texts again after the interface language changed).
    Widgets for tests and keyboard focus: ``search_edit``, ``regex_button``, ``clear_button``,
    ``count_label``, ``error_label``, ``checklist(column) -> ValueChecklistButton``,
    ``range_edits(column) -> (min QLineEdit, max QLineEdit)``.
``ValueChecklistButton``
    ``values()`` (all values of the column), ``checked() -> list | None`` (None: no filter),
    ``set_checked(values | None)``, ``retranslate(title)``; signal ``checkedChanged()``.
"""

from __future__ import annotations

from typing import Any

import pandas as pd
from PySide6.QtCore import QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from viewer.core.table import FilterSpec, filter_error
from viewer.qt.formatting import format_number, parse_number
from viewer.qt.table_model import IndicatorTableModel, category_labels, review_state_labels

DEBOUNCE_MS = 150
CHECKLIST_COLUMNS = ("review_state", "unit", "category", "subject", "source", "year")
RANGE_FIELDS = ("value_base", "growth_pct", "year")
# A checklist shows at most this many values at once; its search box reaches the rest.
MAX_LISTED_VALUES = 1000

_VALUE_ROLE = int(Qt.ItemDataRole.UserRole) + 1
_INVALID_STYLE = "QLineEdit { border: 1px solid #d9534f; }"


class ValueChecklistButton(QToolButton):
    """A button that opens a searchable list of a column's values, each with a check box."""

    checkedChanged = Signal()

    def __init__(self, column: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.column = column
        self._title = title
        self._frame: pd.DataFrame | None = None
        self._values: list[Any] = []
        self._counts: dict[Any, int] = {}
        self._checked: set[Any] | None = None  # None: every value, i.e. no filter
        self._value_labels: dict[Any, str] = {}
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self._build_popup()
        self.retranslate(title)

    def retranslate(self, title: str) -> None:
        """Texts again, in the current language; ``title`` names the column."""
        self._title = title
        self._search.setPlaceholderText(self.tr("Find a value"))
        self._all_button.setText(self.tr("All"))
        self._none_button.setText(self.tr("None"))
        self._fill_list()
        self._show_state()

    def _build_popup(self) -> None:
        popup = QWidget(self)
        self._search = QLineEdit(popup)
        self._search.setClearButtonEnabled(True)
        self._search.textChanged.connect(self._fill_list)
        self._list = QListWidget(popup)
        self._list.setUniformItemSizes(True)
        self._list.setMinimumWidth(220)
        self._list.itemChanged.connect(self._on_item_changed)
        self._all_button = QPushButton(popup)
        self._all_button.clicked.connect(lambda: self.set_checked(None, notify=True))
        self._none_button = QPushButton(popup)
        self._none_button.clicked.connect(lambda: self.set_checked([], notify=True))
        buttons = QHBoxLayout()
        buttons.addWidget(self._all_button)
        buttons.addWidget(self._none_button)
        layout = QVBoxLayout(popup)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self._search)
        layout.addWidget(self._list)
        layout.addLayout(buttons)

        menu = QMenu(self)
        action = QWidgetAction(menu)
        action.setDefaultWidget(popup)
        menu.addAction(action)
        menu.aboutToShow.connect(self.load_values)
        self.setMenu(menu)

    def set_frame(self, frame: pd.DataFrame | None) -> None:
        """The frame whose values are listed (read when the list is first opened)."""
        if frame is self._frame:
            return
        self._frame = frame
        self._values = []

    def load_values(self) -> None:
        """Read the column's distinct values (once per frame) and show them."""
        if not self._values and self._frame is not None and self.column in self._frame.columns:
            counts = self._frame[self.column].value_counts(dropna=False, sort=False)
            values = [None if pd.isna(v) else _plain(v) for v in counts.index]
            self._counts = dict(zip(values, counts.to_numpy().tolist()))
            self._values = sorted(values, key=_value_sort_key)
        self._fill_list()

    def values(self) -> list[Any]:
        self.load_values()
        return list(self._values)

    def checked(self) -> list[Any] | None:
        """The values let through, or None when the column is not filtered."""
        return None if self._checked is None else sorted(self._checked, key=_value_sort_key)

    def set_checked(self, values: list[Any] | None, notify: bool = False) -> None:
        self._checked = None if values is None else set(values)
        self._fill_list()
        self._show_state()
        if notify:
            self.checkedChanged.emit()

    def _fill_list(self) -> None:
        needle = self._search.text().strip().lower()
        shown = [v for v in self._values if needle in self._label(v).lower()][:MAX_LISTED_VALUES]
        with QSignalBlocker(self._list):
            self._list.clear()
            for value in shown:
                item = QListWidgetItem(f"{self._label(value)}  ({format_number(self._counts.get(value, 0))})")
                item.setData(_VALUE_ROLE, value)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                is_checked = self._checked is None or value in self._checked
                item.setCheckState(Qt.CheckState.Checked if is_checked else Qt.CheckState.Unchecked)
                self._list.addItem(item)

    def _on_item_changed(self, item: QListWidgetItem) -> None:
        value = item.data(_VALUE_ROLE)
        checked = set(self._values) if self._checked is None else set(self._checked)
        if item.checkState() == Qt.CheckState.Checked:
            checked.add(value)
        else:
            checked.discard(value)
        self._checked = None if checked >= set(self._values) else checked
        self._show_state()
        self.checkedChanged.emit()

    def set_value_labels(self, labels: dict[Any, str]) -> None:
        """Names to show for some values (e.g. review states) instead of the values themselves."""
        self._value_labels = dict(labels)
        self._fill_list()

    def _label(self, value: Any) -> str:
        if value in self._value_labels:
            return self._value_labels[value]
        if value is None:
            return self.tr("(none)")
        return str(value) if value != "" else self.tr("(empty)")

    def _show_state(self) -> None:
        active = self._checked is not None
        self.setText(self.tr("{0} ({1})").format(self._title, len(self._checked)) if active else self._title)
        font = self.font()
        font.setBold(active)
        self.setFont(font)


class FilterPanel(QWidget):
    """Search, checklists and ranges that build a ``FilterSpec`` and apply it to the model."""

    filterChanged = Signal(object)  # FilterSpec

    def __init__(self, model: IndicatorTableModel | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model: IndicatorTableModel | None = None
        self._applied = FilterSpec()
        self._extra_values: dict[str, list[Any]] = {}  # columns restored by set_spec with no control here
        self._extra_ranges: dict[str, tuple[float | None, float | None]] = {}
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self._apply)
        self._build()
        if model is not None:
            self.set_model(model)

    # ------------------------------------------------------------- layout

    def _build(self) -> None:
        self.search_edit = QLineEdit(self)
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self._debounce.start)

        self.regex_button = QToolButton(self)
        self.regex_button.setText(".*")
        self.regex_button.setCheckable(True)
        self.regex_button.toggled.connect(self._apply)

        self.clear_button = QPushButton(self)
        self.clear_button.clicked.connect(self.clear)
        self.count_label = QLabel(self)
        self.error_label = QLabel(self)
        self.error_label.setStyleSheet("color: #d9534f;")
        self.error_label.hide()

        top = QHBoxLayout()
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.regex_button)
        top.addWidget(self.error_label)
        top.addWidget(self.clear_button)
        top.addWidget(self.count_label)

        bottom = QHBoxLayout()
        self._checklists: dict[str, ValueChecklistButton] = {}
        for column in CHECKLIST_COLUMNS:
            button = ValueChecklistButton(column, column, self)
            button.checkedChanged.connect(self._apply)
            self._checklists[column] = button
            bottom.addWidget(button)
        bottom.addSpacing(12)
        self._ranges: dict[str, tuple[QLineEdit, QLineEdit]] = {}
        self._range_labels: dict[str, QLabel] = {}
        for column in RANGE_FIELDS:
            self._range_labels[column] = QLabel(self)
            bottom.addWidget(self._range_labels[column])
            edits = (self._range_edit(), self._range_edit())
            bottom.addWidget(edits[0])
            bottom.addWidget(QLabel("–", self))
            bottom.addWidget(edits[1])
            bottom.addSpacing(8)
            self._ranges[column] = edits
        bottom.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(bottom)
        self.retranslate()

    def retranslate(self) -> None:
        """Every text again, in the current interface language."""
        self.search_edit.setPlaceholderText(self.tr("Search indicators, subjects, quotes, sources"))
        self.regex_button.setToolTip(self.tr("Search with a regular expression"))
        self.clear_button.setText(self.tr("Clear filters"))
        titles = self._titles()
        for column, button in self._checklists.items():
            button.retranslate(titles[column])
        self._checklists["review_state"].set_value_labels(review_state_labels(self))
        self._checklists["category"].set_value_labels(category_labels(self))
        for column, label in self._range_labels.items():
            label.setText(titles[column])
            low, high = self._ranges[column]
            low.setPlaceholderText(self.tr("min"))
            high.setPlaceholderText(self.tr("max"))
            self._read_number(low)
            self._read_number(high)
        self._show_counts(*(self._model.counts() if self._model is not None else (0, 0)))
        self._show_error(filter_error(self._applied))

    def _titles(self) -> dict[str, str]:
        return {
            "review_state": self.tr("Review"),
            "unit": self.tr("Unit"),
            "category": self.tr("Category"),
            "subject": self.tr("Subject"),
            "source": self.tr("Source"),
            "year": self.tr("Year"),
            "value_base": self.tr("Base value"),
            "growth_pct": self.tr("Growth %"),
        }

    def _range_edit(self) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setMaximumWidth(80)
        edit.textChanged.connect(self._debounce.start)
        return edit

    def _range_tip(self) -> str:
        return self.tr("A number; 万 and 亿 are understood, e.g. 2.5亿")

    def checklist(self, column: str) -> ValueChecklistButton:
        return self._checklists[column]

    def range_edits(self, column: str) -> tuple[QLineEdit, QLineEdit]:
        return self._ranges[column]

    # ------------------------------------------------------------- model

    def set_model(self, model: IndicatorTableModel) -> None:
        if self._model is not None:
            self._model.visibleRowsChanged.disconnect(self._show_counts)
            self._model.modelReset.disconnect(self._on_model_reset)
            self._model.layoutChanged.disconnect(self._on_model_reset)
        self._model = model
        model.visibleRowsChanged.connect(self._show_counts)
        model.modelReset.connect(self._on_model_reset)
        model.layoutChanged.connect(self._on_model_reset)  # also edited values (update_frame)
        self._on_model_reset()
        model.set_filter(self._applied)
        self._show_counts(*model.counts())

    def _on_model_reset(self) -> None:
        frame = self._model.frame()
        for button in self._checklists.values():
            button.set_frame(frame)

    def _show_counts(self, visible: int, total: int) -> None:
        self.count_label.setText(self.tr("{0} of {1} indicators").format(format_number(visible), format_number(total)))

    # ------------------------------------------------------------- the spec

    def spec(self) -> FilterSpec:
        """The filter the controls describe now (invalid range fields count as empty)."""
        values = dict(self._extra_values)
        for column, button in self._checklists.items():
            checked = button.checked()
            if checked is not None:
                values[column] = checked
        ranges = dict(self._extra_ranges)
        for column, (low_edit, high_edit) in self._ranges.items():
            low, high = self._read_number(low_edit), self._read_number(high_edit)
            if low is not None or high is not None:
                ranges[column] = (low, high)
        return FilterSpec(search=self.search_edit.text(), regex=self.regex_button.isChecked(),
                          values=values, ranges=ranges)

    def set_spec(self, spec: FilterSpec) -> None:
        """Show and apply a saved filter."""
        with QSignalBlocker(self.search_edit), QSignalBlocker(self.regex_button):
            self.search_edit.setText(spec.search)
            self.regex_button.setChecked(spec.regex)
        for column, button in self._checklists.items():
            button.set_checked(spec.values.get(column))
        for column, edits in self._ranges.items():
            bounds = spec.ranges.get(column, (None, None))
            for edit, bound in zip(edits, bounds):
                with QSignalBlocker(edit):
                    edit.setText("" if bound is None else format_number(bound).replace(",", ""))
                self._read_number(edit)
        self._extra_values = {c: list(v) for c, v in spec.values.items() if c not in self._checklists}
        self._extra_ranges = {c: r for c, r in spec.ranges.items() if c not in self._ranges}
        self._apply()

    def clear(self) -> None:
        self.set_spec(FilterSpec())

    def _read_number(self, edit: QLineEdit) -> float | None:
        try:
            number = parse_number(edit.text())
        except ValueError:
            edit.setStyleSheet(_INVALID_STYLE)
            edit.setToolTip(self.tr("Not a number"))
            return None
        edit.setStyleSheet("")
        edit.setToolTip(self._range_tip())
        return number

    def _apply(self) -> None:
        self._debounce.stop()
        spec = self.spec()
        self._show_error(filter_error(spec))
        if spec == self._applied:
            return
        self._applied = spec
        if self._model is not None:
            self._model.set_filter(spec)
        self.filterChanged.emit(spec)

    def _show_error(self, error: str | None) -> None:
        if error is None:
            self.error_label.hide()
            self.search_edit.setStyleSheet("")
            return
        self.error_label.setText(self.tr("Invalid regular expression: {0}").format(error))
        self.error_label.show()
        self.search_edit.setStyleSheet(_INVALID_STYLE)


def _plain(value: Any) -> Any:
    """A Python value (numpy ints from an Int64 column become int) that JSON can hold."""
    return value.item() if hasattr(value, "item") else value


def _value_sort_key(value: Any) -> tuple:
    # Missing and empty last; numbers before text should a column mix them.
    if value is None or value == "":
        return (2, "")
    return (0, value, "") if isinstance(value, (int, float)) else (1, str(value))
