"""The files that could not be loaded, with the reason, so the user can act on each."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from viewer.qt.loader import Problem


class ProblemsPanel(QWidget):
    """A two-column list (file, reason); ``countChanged(n)`` after every change."""

    countChanged = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._table = QTableWidget(0, 2, self)
        self._table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._table.verticalHeader().setVisible(False)
        self._table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self._table.horizontalHeader().setStretchLastSection(True)
        self._table.setColumnWidth(0, 360)
        self._table.setWordWrap(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._table)
        self._retranslate()

    def add_problems(self, problems: Iterable[Problem]) -> None:
        for problem in problems:
            row = self._table.rowCount()
            self._table.insertRow(row)
            for column, text in enumerate((problem.path, problem.reason)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self._table.setItem(row, column, item)
        self.countChanged.emit(self.count())

    def clear(self) -> None:
        self._table.setRowCount(0)
        self.countChanged.emit(0)

    def count(self) -> int:
        return self._table.rowCount()

    def problems(self) -> list[Problem]:
        return [Problem(self._table.item(r, 0).text(), self._table.item(r, 1).text()) for r in range(self.count())]

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self._table.setHorizontalHeaderLabels([self.tr("File"), self.tr("Problem")])
        self._table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
