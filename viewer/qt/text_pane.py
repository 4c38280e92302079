"""The detail pane: a document's clean text with its indicators marked.

The selected indicator's quote is highlighted and scrolled into view; the document's other
indicators are marked more lightly, and clicking one emits ``rowClicked(row_id)``. Ctrl+F (the
window's Find action calls ``show_find_bar``) searches the text, case-insensitively.

Marks are ExtraSelections on a read-only QPlainTextEdit, so changing the selected row never
rebuilds the text. Document offsets are Python ``str`` indexes (code points); Qt counts UTF-16
units, which differ after any character outside the Basic Multilingual Plane: ``OffsetMap``
converts between the two.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence

import numpy as np
from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QTextEdit, QToolButton, QVBoxLayout, QWidget,
)

from viewer.core.document import Document

SELECTED_BACKGROUND = QColor("#ffb74d")
OTHER_BACKGROUND = QColor("#fff1c7")
OTHER_UNDERLINE = QColor("#d8a200")


def _short_path(path: str) -> str:
    """The file with its folder ("…/data/a.txt"): enough to tell files apart; the tooltip has it all."""
    parts = [part for part in re.split(r"[\\/]", path) if part]
    return path if len(parts) <= 2 else "…/" + "/".join(parts[-2:])


class OffsetMap:
    """Python string offsets <-> UTF-16 positions of one text."""

    def __init__(self, text: str) -> None:
        self._length = len(text)
        self._extra: np.ndarray | None = None  # UTF-16 units gained before each offset
        self._qt_positions: np.ndarray | None = None
        if text and max(text) > "\uffff":
            code_points = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype="<u4")
            self._extra = np.concatenate(([0], np.cumsum(code_points > 0xFFFF)))
            self._qt_positions = np.arange(self._length + 1) + self._extra

    def to_qt(self, offset: int) -> int:
        offset = min(max(offset, 0), self._length)
        return offset if self._extra is None else offset + int(self._extra[offset])

    def from_qt(self, position: int) -> int:
        if self._qt_positions is None:
            return min(max(position, 0), self._length)
        # A position inside a surrogate pair belongs to the character it splits.
        return int(np.searchsorted(self._qt_positions, position, side="right")) - 1 if position > 0 else 0


class TextPane(QWidget):
    """Signal ``rowClicked(int row_id)`` when a marked indicator in the text is clicked."""

    rowClicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document: Document | None = None
        self._offsets = OffsetMap("")
        self._row_ids = np.empty(0, dtype=np.int64)
        self._starts = np.empty(0, dtype=np.int64)
        self._light: list[QTextEdit.ExtraSelection] | None = None  # the light marks, built once per document
        self._ends = np.empty(0, dtype=np.int64)
        self._selected: int | None = None
        self._build()
        self._retranslate()

    # ------------------------------------------------------------- layout

    def _build(self) -> None:
        self._header = QLabel(self)
        self._header.setObjectName("documentHeader")
        self._header.setWordWrap(True)
        self._header.setTextFormat(Qt.TextFormat.RichText)
        self._header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self._text = QPlainTextEdit(self)
        self._text.setObjectName("documentText")
        self._text.setReadOnly(True)
        self._text.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self._text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self._text.viewport().installEventFilter(self)
        self._context_actions: list = []
        self._text.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self._text.customContextMenuRequested.connect(self._show_context_menu)

        self._find_bar = QWidget(self)
        self._find_edit = QLineEdit(self._find_bar)
        self._find_edit.setClearButtonEnabled(True)
        self._find_edit.returnPressed.connect(self.find_next)
        self._find_edit.textChanged.connect(lambda _text: self._find_from_start())
        self._find_edit.installEventFilter(self)
        self._find_prev = QToolButton(self._find_bar)
        self._find_prev.setArrowType(Qt.ArrowType.UpArrow)
        self._find_prev.clicked.connect(self.find_previous)
        self._find_next = QToolButton(self._find_bar)
        self._find_next.setArrowType(Qt.ArrowType.DownArrow)
        self._find_next.clicked.connect(self.find_next)
        self._find_status = QLabel(self._find_bar)
        self._find_close = QToolButton(self._find_bar)
        self._find_close.setText("✕")
        self._find_close.setAutoRaise(True)
        self._find_close.clicked.connect(self.hide_find_bar)
        bar = QHBoxLayout(self._find_bar)
        bar.setContentsMargins(0, 0, 0, 0)
        for widget in (self._find_edit, self._find_prev, self._find_next, self._find_status):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self._find_close)
        self._find_bar.hide()
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self._find_bar, self.hide_find_bar,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        layout.addWidget(self._header)
        layout.addWidget(self._text, 1)
        layout.addWidget(self._find_bar)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self._find_edit.setPlaceholderText(self.tr("Find in text"))
        self._find_prev.setToolTip(self.tr("Previous match (Shift+Enter)"))
        self._find_next.setToolTip(self.tr("Next match (Enter)"))
        self._find_close.setToolTip(self.tr("Close the find bar (Esc)"))
        self._find_status.clear()
        self._show_header()

    # ------------------------------------------------------------- content

    def document(self) -> Document | None:
        return self._document

    def show_document(self, document: Document | None, marks: Sequence[tuple[int, int, int]] = (),
                      selected_row_id: int | None = None) -> None:
        """Show ``document`` with ``marks`` (row id, start, end), ``selected_row_id`` highlighted."""
        if document is not self._document:
            self._document = document
            self._offsets = OffsetMap(document.text if document else "")
            self._text.setPlainText(document.text if document else "")
            self._light = None  # its cursors belonged to the old text
            self._show_header()
        marks = sorted(marks, key=lambda mark: (mark[1], mark[2]))
        row_ids = np.array([m[0] for m in marks], dtype=np.int64)
        starts = np.array([m[1] for m in marks], dtype=np.int64)
        ends = np.array([m[2] for m in marks], dtype=np.int64)
        same_marks = (np.array_equal(row_ids, self._row_ids) and np.array_equal(starts, self._starts)
                      and np.array_equal(ends, self._ends))
        if not same_marks or self._light is None:  # an edit re-shows the same marks: keep their selections
            self._row_ids, self._starts, self._ends = row_ids, starts, ends
            self._light = [self._selection(int(s), int(e), self._light_format()) for s, e in zip(starts, ends)]
        self._selected = None
        self.set_selected(selected_row_id)

    def clear(self) -> None:
        self.show_document(None)

    def set_selected(self, row_id: int | None) -> None:
        """Highlight ``row_id``'s quote (it must be one of the marks) and scroll it into view."""
        self._selected = row_id if row_id is not None and row_id in self._row_ids else None
        self._text.setExtraSelections(self._extra_selections())
        span = self._span_of(self._selected)
        if span is not None:
            cursor = self._text.textCursor()
            cursor.setPosition(self._offsets.to_qt(span[1]))
            cursor.setPosition(self._offsets.to_qt(span[0]))  # the quote's start shows first
            self._text.setTextCursor(cursor)
            self._text.centerCursor()

    def selected_row_id(self) -> int | None:
        return self._selected

    def marked_row_ids(self) -> list[int]:
        return [int(r) for r in self._row_ids]

    def highlighted_text(self) -> str:
        """The text under the selected indicator's highlight, as Qt shows it."""
        span = self._span_of(self._selected)
        return self._qt_text(*span[1:]) if span is not None else ""

    def selected_text_span(self) -> tuple[int, int] | None:
        """The user's text selection as (start, end) offsets into ``document.text``, or None."""
        cursor = self._text.textCursor()
        if not cursor.hasSelection() or self._document is None:
            return None
        return self._offsets.from_qt(cursor.selectionStart()), self._offsets.from_qt(cursor.selectionEnd())

    def mark_position(self, row_id: int) -> QPoint | None:
        """Where ``row_id``'s mark is drawn, in the text viewport's coordinates (scrolled into view)."""
        span = self._span_of(row_id)
        if span is None:
            return None
        cursor = QTextCursor(self._text.document())
        cursor.setPosition(self._offsets.to_qt((span[1] + span[2]) // 2))
        self._text.setTextCursor(cursor)
        self._text.ensureCursorVisible()
        return self._text.cursorRect(cursor).center()

    def text_viewport(self) -> QWidget:
        return self._text.viewport()

    def _span_of(self, row_id: int | None) -> tuple[int, int, int] | None:
        if row_id is None:
            return None
        hits = np.flatnonzero(self._row_ids == row_id)
        if not len(hits):
            return None
        i = int(hits[0])
        return row_id, int(self._starts[i]), int(self._ends[i])

    def _qt_text(self, start: int, end: int) -> str:
        cursor = QTextCursor(self._text.document())
        cursor.setPosition(self._offsets.to_qt(start))
        cursor.setPosition(self._offsets.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        return cursor.selectedText().replace("\u2029", "\n")

    @staticmethod
    def _light_format() -> QTextCharFormat:
        other = QTextCharFormat()
        other.setBackground(OTHER_BACKGROUND)
        other.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        other.setUnderlineColor(OTHER_UNDERLINE)
        return other

    def _extra_selections(self) -> list[QTextEdit.ExtraSelection]:
        """The document's other indicators marked lightly, the selected one strongly, drawn last, on top."""
        hits = np.flatnonzero(self._row_ids == self._selected) if self._selected is not None else ()
        if not len(hits):
            return list(self._light)
        i = int(hits[0])
        selected = QTextCharFormat()
        selected.setBackground(SELECTED_BACKGROUND)
        selected.setForeground(QColor("black"))
        strong = self._selection(int(self._starts[i]), int(self._ends[i]), selected)
        return self._light[:i] + self._light[i + 1:] + [strong]

    def _selection(self, start: int, end: int, char_format: QTextCharFormat) -> QTextEdit.ExtraSelection:
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self._text.document())
        cursor.setPosition(self._offsets.to_qt(start))
        cursor.setPosition(self._offsets.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor
        selection.format = char_format
        return selection

    def _show_header(self) -> None:
        document = self._document
        if document is None:
            self._header.setText(f"<i>{html.escape(self.tr('Select an indicator to see its source text.'))}</i>")
            return
        details = [
            (self.tr("Publisher"), document.publisher),
            (self.tr("Author"), document.author),
            (self.tr("Date"), document.published),
        ]
        meta = " &nbsp;·&nbsp; ".join(
            f"{html.escape(label)}: {html.escape(value)}" for label, value in details if value
        )
        title = document.title or self.tr("(untitled)")
        self._header.setText(
            f"<div style='font-size:large; font-weight:600'>{html.escape(title)}</div>"
            + (f"<div>{meta}</div>" if meta else "")
            + f"<div style='color:palette(mid)'>{html.escape(_short_path(document.source))}</div>"
        )
        self._header.setToolTip("\n".join(filter(None, (document.source, document.url))))

    # ------------------------------------------------------------- context menu

    def set_context_actions(self, actions: Sequence) -> None:
        """Actions added to the text's context menu (e.g. "Add Indicator from Selection")."""
        self._context_actions = list(actions)

    def _show_context_menu(self, point: QPoint) -> None:
        menu = self._text.createStandardContextMenu(point)
        if self._context_actions:
            menu.addSeparator()
            menu.addActions(self._context_actions)
        menu.exec(self._text.viewport().mapToGlobal(point))
        menu.deleteLater()

    def select_text(self, start: int, end: int) -> None:
        """Select ``document.text[start:end]`` as the user would with the mouse."""
        cursor = QTextCursor(self._text.document())
        cursor.setPosition(self._offsets.to_qt(start))
        cursor.setPosition(self._offsets.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        self._text.setTextCursor(cursor)

    # ------------------------------------------------------------- clicks

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self._text.viewport() and event.type() == QEvent.Type.MouseButtonRelease:
            if event.button() == Qt.MouseButton.LeftButton and not self._text.textCursor().hasSelection():
                self._click_at(event.position().toPoint())
        elif watched is self._find_edit and event.type() == QEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.find_previous()
                return True
        return super().eventFilter(watched, event)

    def row_at(self, point: QPoint) -> int | None:
        """The row id of the mark under ``point`` (viewport coordinates), or None."""
        if not len(self._row_ids):
            return None
        offset = self._offsets.from_qt(self._text.cursorForPosition(point).position())
        inside = np.flatnonzero((self._starts <= offset) & (offset < self._ends))
        if not len(inside):  # a click on the right half of a mark's last character
            inside = np.flatnonzero((self._starts < offset) & (offset == self._ends))
        if not len(inside):
            return None
        innermost = inside[np.argmin(self._ends[inside] - self._starts[inside])]
        return int(self._row_ids[innermost])

    def _click_at(self, point: QPoint) -> None:
        row_id = self.row_at(point)
        if row_id is not None and row_id != self._selected:
            self.rowClicked.emit(row_id)

    # ------------------------------------------------------------- find

    def show_find_bar(self) -> None:
        self._find_bar.show()
        self._find_edit.setFocus()
        self._find_edit.selectAll()

    def hide_find_bar(self) -> None:
        self._find_bar.hide()
        self._text.setFocus()

    def find_bar_visible(self) -> bool:
        return self._find_bar.isVisible()

    def find(self, needle: str, backward: bool = False) -> bool:
        """Select the next (or previous) match of ``needle``, wrapping around; False if none."""
        self._find_edit.blockSignals(True)
        self._find_edit.setText(needle)
        self._find_edit.blockSignals(False)
        return self._find(backward)

    def find_next(self) -> bool:
        return self._find(False)

    def find_previous(self) -> bool:
        return self._find(True)

    def _find_from_start(self) -> None:
        cursor = self._text.textCursor()
        cursor.setPosition(cursor.selectionStart())
        self._text.setTextCursor(cursor)
        self._find(False)

    def _find(self, backward: bool) -> bool:
        needle = self._find_edit.text()
        if not needle:
            self._find_status.clear()
            return False
        flags = QTextDocument.FindFlag.FindBackward if backward else QTextDocument.FindFlag(0)
        found = self._text.find(needle, flags)
        if not found:  # wrap around
            cursor = self._text.textCursor()
            cursor.movePosition(QTextCursor.MoveOperation.End if backward else QTextCursor.MoveOperation.Start)
            self._text.setTextCursor(cursor)
            found = self._text.find(needle, flags)
        self._find_status.setText("" if found else self.tr("Not found"))
        return found
