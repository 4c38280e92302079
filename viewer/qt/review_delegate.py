"""Editors for correcting indicators, which refuse what cannot be stored and say why.

``ReviewDelegate(units, parent)`` edits the table's cells (F2 or a double-click): the value
with its unit (a number field and a unit box offering ``units()``, the project's known units,
most used first, or any new one), the qualifier from a list, and name, subject, year and growth
as text. Enter checks the input with the model (``IndicatorTableModel.validate``); invalid
input keeps the editor open with the reason shown beside it and in signal ``refused(str)``,
and nothing is applied.

``AddIndicatorDialog(prefill, units, parent)`` asks for the fields of an indicator the
extractor missed, pre-filled from its reading of the selected text; OK is refused (with the
reason) until every field is valid. ``values()`` gives the fields for
``viewer.core.review.add_indicator``.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemDelegate, QComboBox, QCompleter, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QStyledItemDelegate, QStyleOptionViewItem, QToolTip, QVBoxLayout, QWidget,
)

from viewer.core import review
from viewer.qt.i18n import validation_message
from viewer.qt.table_model import COLUMNS, EDIT_FIELDS

INVALID_STYLE = "border: 1px solid #d9534f;"
QUALIFIER_CHOICES = ("", "approx", "over", "under")


def number_text(value: object) -> str:
    """A stored number as the user would type it (no thousands separators, no trailing zeros)."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    number = float(value)
    return str(int(number)) if number.is_integer() and abs(number) < 1e15 else repr(number)


def qualifier_labels(context: QObject) -> dict[str, str]:
    return {
        "": context.tr("(none)"),
        "approx": context.tr("约 about"),
        "over": context.tr("> over"),
        "under": context.tr("< under"),
    }


def unit_box(units: list[str], parent: QWidget) -> QComboBox:
    """An editable box offering ``units`` with completion; any new unit can be typed."""
    box = QComboBox(parent)
    box.setEditable(True)
    box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    box.addItems(units)
    completer = QCompleter(units, box)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    box.setCompleter(completer)
    return box


def qualifier_box(parent: QWidget) -> QComboBox:
    box = QComboBox(parent)
    for code, label in qualifier_labels(box).items():
        box.addItem(label, code)
    return box


class ValueEditor(QWidget):
    """A number and its unit, edited together; ``submitted`` on Enter in either field."""

    submitted = Signal()

    def __init__(self, units: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.number = QLineEdit(self)
        self.number.setObjectName("valueNumber")
        self.unit = unit_box(units, self)
        self.unit.setObjectName("valueUnit")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.number, 3)
        layout.addWidget(self.unit, 2)
        self.setFocusProxy(self.number)
        self.setAutoFillBackground(True)
        self.number.returnPressed.connect(self.submitted)
        self.unit.lineEdit().returnPressed.connect(self.submitted)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        # Enter was handled by a field (submitted): it must not reach the table, where it confirms.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)

    def set_value(self, value: Mapping[str, object]) -> None:
        self.number.setText(number_text(value.get("value")))
        self.number.selectAll()
        self.unit.setCurrentText(str(value.get("unit") or ""))

    def value(self) -> dict[str, str]:
        return {"value": self.number.text(), "unit": self.unit.currentText()}


class ReviewDelegate(QStyledItemDelegate):
    refused = Signal(str)

    def __init__(self, units: Callable[[], list[str]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._units = units
        self._indexes: dict[int, QPersistentModelIndex] = {}

    # ------------------------------------------------------------- editors

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex) -> QWidget:  # noqa: N802
        key = COLUMNS[index.column()].key
        if key == "value":
            editor = ValueEditor(self._units(), parent)
            editor.submitted.connect(lambda: self._try_commit(editor))
        elif key == "qualifier":
            editor = qualifier_box(parent)
        else:
            editor = QLineEdit(parent)
        editor.setObjectName(f"{key}Editor")
        self._indexes[id(editor)] = QPersistentModelIndex(index)
        editor.destroyed.connect(lambda _=None, key=id(editor): self._indexes.pop(key, None))
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:  # noqa: N802
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, ValueEditor):
            editor.set_value(value or {})
        elif isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(editor.findData(value or ""), 0))
        elif isinstance(editor, QLineEdit):
            is_number = isinstance(value, (int, float)) and not isinstance(value, bool)
            editor.setText(number_text(value) if is_number else str(value or ""))
            editor.selectAll()

    def setModelData(self, editor: QWidget, model, index: QModelIndex) -> None:  # noqa: N802
        model.setData(index, editor_value(editor), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index: QModelIndex) -> None:  # noqa: N802
        rect = option.rect
        if isinstance(editor, ValueEditor):  # room for the unit box beside the number
            rect = rect.adjusted(0, 0, max(0, 160 - rect.width()), 0)
        editor.setGeometry(rect)

    # ------------------------------------------------------------- committing

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if (
            event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and isinstance(editor, QWidget)
            and id(editor) in self._indexes
        ):
            if not isinstance(editor, ValueEditor):  # that one commits on its fields' returnPressed
                self._try_commit(editor)
            return True
        return super().eventFilter(editor, event)

    def _try_commit(self, editor: QWidget) -> None:
        if editor.property("committed"):  # Enter reaches both a field and its editor
            return
        index = self._indexes.get(id(editor))
        if index is None or not index.isValid():
            self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.RevertModelCache)
            return
        message = index.model().validate(QModelIndex(index), editor_value(editor))
        if message:
            show_invalid(editor, message)
            self.refused.emit(message)
            return
        editor.setProperty("committed", True)
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)


def editor_value(editor: QWidget) -> object:
    if isinstance(editor, ValueEditor):
        return editor.value()
    if isinstance(editor, QComboBox):
        return editor.currentData() or ""
    if isinstance(editor, QLineEdit):
        return editor.text()
    return None


def show_invalid(widget: QWidget, message: str) -> None:
    """Mark ``widget`` as holding invalid input and say why beside it."""
    widget.setStyleSheet(INVALID_STYLE)
    widget.setToolTip(message)
    QToolTip.showText(widget.mapToGlobal(widget.rect().bottomLeft()), message, widget)


# --------------------------------------------------------------------------- adding a row


class AddIndicatorDialog(QDialog):
    """The fields of a new indicator; ``values()`` when accepted."""

    def __init__(self, prefill: Mapping[str, object], quote: str, units: list[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("addIndicatorDialog")
        self.setWindowTitle(self.tr("Add Indicator"))
        self.name_edit = QLineEdit(str(prefill.get("indicator") or ""), self)
        self.value_edit = QLineEdit(number_text(prefill.get("value")), self)
        self.unit_box = unit_box(units, self)
        self.unit_box.setCurrentText(str(prefill.get("unit") or ""))
        self.qualifier_box = qualifier_box(self)
        self.qualifier_box.setCurrentIndex(max(self.qualifier_box.findData(prefill.get("qualifier") or ""), 0))
        self.year_edit = QLineEdit(number_text(prefill.get("year")), self)
        self.growth_edit = QLineEdit(number_text(prefill.get("growth_pct")), self)
        self.subject_edit = QLineEdit(str(prefill.get("subject") or ""), self)
        self.quote_label = QLabel(quote, self)
        self.quote_label.setWordWrap(True)
        self.quote_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("addIndicatorError")
        self.error_label.setStyleSheet("color: #d9534f;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        form = QFormLayout()
        form.addRow(self.tr("Quote:"), self.quote_label)
        form.addRow(self.tr("Indicator:"), self.name_edit)
        form.addRow(self.tr("Value:"), self.value_edit)
        form.addRow(self.tr("Unit:"), self.unit_box)
        form.addRow(self.tr("Qualifier:"), self.qualifier_box)
        form.addRow(self.tr("Year:"), self.year_edit)
        form.addRow(self.tr("Growth %:"), self.growth_edit)
        form.addRow(self.tr("Subject:"), self.subject_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.resize(460, self.sizeHint().height())
        (self.value_edit if self.name_edit.text() else self.name_edit).setFocus()

    def values(self) -> dict[str, object]:
        """The typed fields (empty optional ones as None), not yet validated."""
        def optional(text: str) -> str | None:
            return text.strip() or None

        return {
            "indicator": self.name_edit.text(),
            "value": self.value_edit.text(),
            "unit": optional(self.unit_box.currentText()),
            "qualifier": self.qualifier_box.currentData() or "",
            "year": optional(self.year_edit.text()),
            "growth_pct": optional(self.growth_edit.text()),
            "subject": self.subject_edit.text(),
        }

    def problem(self) -> str | None:
        """Why the fields cannot be added as they are, or None."""
        for name, raw in self.values().items():
            if raw is None:
                continue
            try:
                review.validate_field(name, raw)
            except review.ValidationError as error:
                return validation_message(error)
        return None

    def accept(self) -> None:
        message = self.problem()
        if message:
            self.error_label.setText(message)
            self.error_label.show()
            return
        super().accept()


__all__ = ["AddIndicatorDialog", "EDIT_FIELDS", "ReviewDelegate", "ValueEditor", "editor_value", "number_text"]
