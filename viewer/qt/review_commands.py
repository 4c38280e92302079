"""Review edits as undo commands, and how the Edit menu names them.

``EditCommand(session, edit, on_error)`` is pushed onto the window's ``QUndoStack`` *after*
the edit was applied (so a refused edit never reaches the stack); undo reverts it and redo
applies it again, each committed to the project at once. An undo or redo the project refuses
(the row changed under it, the file became unwritable) is reported through ``on_error`` and
the command is dropped from the stack, since it can no longer be replayed.

``edit_label(edit)`` is the edit's name in the interface language: "Change value of 地区生产总值
to 436.3", "Confirm 高新技术企业", "Add indicator 新增就业".
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from viewer.core.project import ProjectError
from viewer.core.review import AddIndicator, ChangeField, Edit, EditGroup, SetState, StaleEditError, display
from viewer.qt.formatting import qualifier_mark

def field_title(field: str) -> str:
    """The user's name for an editable field."""
    titles = {
        "value": QCoreApplication.translate("ReviewCommands", "value"),
        "unit": QCoreApplication.translate("ReviewCommands", "unit"),
        "year": QCoreApplication.translate("ReviewCommands", "year"),
        "indicator": QCoreApplication.translate("ReviewCommands", "name"),
        "subject": QCoreApplication.translate("ReviewCommands", "subject"),
        "qualifier": QCoreApplication.translate("ReviewCommands", "qualifier"),
        "growth_pct": QCoreApplication.translate("ReviewCommands", "growth"),
    }
    return titles.get(field, field)


def edit_label(edit: Edit) -> str:
    if isinstance(edit, SetState):
        if edit.new_state in ("confirmed", "corrected"):
            return QCoreApplication.translate("ReviewCommands", "Confirm {0}").format(edit.name)
        if edit.new_state == "rejected":
            return QCoreApplication.translate("ReviewCommands", "Reject {0}").format(edit.name)
        return QCoreApplication.translate("ReviewCommands", "Mark {0} unreviewed").format(edit.name)
    if isinstance(edit, ChangeField):
        new = next(c.new for c in edit.changes if c.field == edit.field)
        shown = qualifier_mark(str(new)) or display(new) if edit.field == "qualifier" else display(new)
        if shown == "(empty)":
            shown = QCoreApplication.translate("ReviewCommands", "(empty)")
        return QCoreApplication.translate("ReviewCommands", "Change {0} of {1} to {2}").format(
            field_title(edit.field), edit.name, shown)
    if isinstance(edit, AddIndicator):
        return QCoreApplication.translate("ReviewCommands", "Add indicator {0}").format(
            edit.values.get("indicator", ""))
    if isinstance(edit, EditGroup):
        return edit.label
    return edit.text


def value_change_label(name: str, values) -> str:
    """The label of a change of value and unit together: "Change value of X to 436.3 万元"."""
    shown = f"{display(values.get('value'))} {values.get('unit') or ''}".strip()
    return QCoreApplication.translate("ReviewCommands", "Change {0} of {1} to {2}").format(
        field_title("value"), name, shown)


class EditCommand(QUndoCommand):
    """One review edit on the undo stack; the first ``redo`` (from ``push``) does nothing because
    the edit was applied before it was pushed."""

    def __init__(self, session, edit: Edit, on_error: Callable[[str], None]) -> None:
        super().__init__(edit_label(edit))
        self.session = session
        self.edit = edit
        self._on_error = on_error
        self._pushed = False

    def redo(self) -> None:
        if not self._pushed:
            self._pushed = True
            return
        self._run(self.session.apply)

    def undo(self) -> None:
        self._run(self.session.revert)

    def _run(self, action: Callable[[Edit], None]) -> None:
        try:
            action(self.edit)
        except (StaleEditError, ProjectError, KeyError) as error:
            self.setObsolete(True)
            self._on_error(str(error))
