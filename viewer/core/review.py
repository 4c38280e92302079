"""The analyst's review of extracted indicators: states, validated edits, undo and redo.

Every change an analyst makes is an :class:`Edit`, a frozen value object that knows its
row, the values before and after, who made it and when, and a label for the Edit menu.
Edits are made by the factory functions below, which read the current row from the
project and validate the new value (a bad value raises :class:`ValidationError` whose
message is meant for the user)::

    edit = review.change_field(project, row_key, "value", "436.3")
    project.apply(edit)      # committed at once, one transaction
    project.revert(edit)     # undo
    project.apply(edit)      # redo

The Qt layer wraps each edit in a ``QUndoCommand``::

    class EditCommand(QUndoCommand):
        def __init__(self, project, edit):
            super().__init__(edit.text)          # "Change value of 地区生产总值 to 436.3"
            self.project, self.edit = project, edit
        def redo(self):
            self.project.apply(self.edit)
        def undo(self):
            self.project.revert(self.edit)

Edits are checked against the row when applied or reverted: if the row no longer holds
the value the edit expects (the project was re-extracted, or another window changed it),
:class:`StaleEditError` is raised and nothing is written. Re-extraction therefore ends
the undo history: clear the undo stack after ``Project.reextract`` or ``add_results``.

Kinds of edit:

- :class:`SetState` -- :func:`confirm`, :func:`reject`, :func:`mark_unreviewed`.
- :class:`ChangeField` -- :func:`change_field` for ``value`` (a number), ``unit`` (a known
  unit or a new one), ``year`` (1949 to next year, or empty), ``indicator`` (the name),
  ``subject``, ``qualifier`` ("approx", "over", "under" or empty) and ``growth_pct``
  (alias ``growth``; a number or empty). Changing the value or unit also updates
  ``value_base``/``base_unit`` so plots in base units follow the correction.
- :class:`AddIndicator` -- :func:`add_indicator`, a row the extractor missed, anchored to
  a span of a document's text and pre-filled from a prepared Indicator-like mapping.
- :class:`EditGroup` -- :func:`group`, several edits as one undo step and one
  transaction (e.g. "Confirm 12 indicators").

The review state of a row: ``unreviewed`` (as extracted), ``confirmed``, ``corrected``
(some field was changed; a corrected row stays corrected when confirmed) or ``rejected``.
Rejected rows stay in the project and in exports (with their state) unless excluded.

The project side is the :class:`RowStore` protocol (the edits write through it inside the
project's transaction) and the :class:`ReviewSource` protocol (what the factories read).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import getpass
import json
import math
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import Enum
from typing import Protocol

import pandas as pd

from viewer.core.document import Document
from viewer.core.schema import COLUMNS, Indicator


class ReviewState(str, Enum):
    UNREVIEWED = "unreviewed"
    CONFIRMED = "confirmed"
    CORRECTED = "corrected"
    REJECTED = "rejected"


REVIEW_STATES: tuple[str, ...] = tuple(s.value for s in ReviewState)

# The fields an analyst may change, and how the Edit menu names them.
EDITABLE_FIELDS: dict[str, str] = {
    "value": "value",
    "unit": "unit",
    "year": "year",
    "indicator": "name",
    "subject": "subject",
    "qualifier": "qualifier",
    "growth_pct": "growth",
}
FIELD_ALIASES = {"growth": "growth_pct", "name": "indicator"}
QUALIFIERS = ("", "approx", "over", "under")
FIRST_YEAR = 1949
MAX_UNIT_LENGTH = 20
MAX_TEXT_LENGTH = 200


class ValidationError(ValueError):
    """A value the analyst typed that cannot be stored; ``str(error)`` is for the user.

    ``template`` and ``params`` let a user interface say it in the user's language:
    ``message == template.format(*params)``; params that are words (a field's label) can be
    translated too, the rest (what was typed, numbers) are shown as they are.
    """

    def __init__(self, template: str, *params: object, field: str = ""):
        message = template.format(*params)
        super().__init__(message)
        self.message = message
        self.template = template
        self.params = params
        self.field = field


class StaleEditError(RuntimeError):
    """The row no longer holds what the edit expects, so applying or reverting it would lose data."""


# --- what the edits need from the project -------------------------------------------------


@dataclass(frozen=True)
class RowSnapshot:
    """One row as it stands: current values (corrections applied) and which fields are corrected."""

    row_key: int
    values: Mapping[str, object]
    corrected: frozenset[str]
    state: str
    origin: str  # "extracted" | "added" | "imported"

    @property
    def name(self) -> str:
        return str(self.values.get("indicator") or "")


class RowStore(Protocol):
    """Writes an edit makes, inside the project's transaction."""

    def snapshot(self, row_key: int) -> RowSnapshot: ...

    def set_correction(self, row_key: int, field: str, value: object) -> None: ...

    def clear_correction(self, row_key: int, field: str) -> None: ...

    def set_state(self, row_key: int, state: str) -> None: ...

    def insert_row(self, row_key: int, values: Mapping[str, object], origin: str, state: str) -> None: ...

    def delete_row(self, row_key: int) -> None: ...

    def has_row(self, row_key: int) -> bool: ...


class ReviewSource(Protocol):
    """What the edit factories read from the project."""

    def row(self, row_key: int) -> RowSnapshot: ...

    def document(self, source: str) -> Document: ...

    def unit_scale(self, unit: str) -> tuple[str, float] | None: ...

    def reserve_row_key(self) -> int: ...


# --- edits ----------------------------------------------------------------------------------


def current_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name in some containers and services
        return "unknown"


def utc_now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


@dataclass(frozen=True)
class Edit:
    """Base of all edits: who made it and when (UTC ISO)."""

    who: str = field(default_factory=current_user, kw_only=True)
    when: str = field(default_factory=utc_now, kw_only=True)

    kind = "edit"

    @property
    def text(self) -> str:
        """The label of the edit in the Edit menu (Undo/Redo ...)."""
        raise NotImplementedError

    @property
    def row_keys(self) -> tuple[int, ...]:
        raise NotImplementedError

    def apply(self, project) -> None:
        project.apply(self)

    def revert(self, project) -> None:
        project.revert(self)

    def apply_to(self, store: RowStore) -> None:
        raise NotImplementedError

    def revert_from(self, store: RowStore) -> None:
        raise NotImplementedError


@dataclass(frozen=True)
class SetState(Edit):
    row_key: int
    name: str
    old_state: str
    new_state: str

    kind = "set_state"

    @property
    def text(self) -> str:
        verb = {"confirmed": "Confirm", "corrected": "Confirm", "rejected": "Reject"}.get(
            self.new_state, "Mark unreviewed"
        )
        return f"{verb} {self.name}"

    @property
    def row_keys(self) -> tuple[int, ...]:
        return (self.row_key,)

    def apply_to(self, store: RowStore) -> None:
        _expect_state(store.snapshot(self.row_key), self.old_state)
        store.set_state(self.row_key, self.new_state)

    def revert_from(self, store: RowStore) -> None:
        _expect_state(store.snapshot(self.row_key), self.new_state)
        store.set_state(self.row_key, self.old_state)


@dataclass(frozen=True)
class FieldChange:
    field: str
    old: object
    new: object
    old_corrected: bool  # the old value was itself a correction (else the extracted value)


@dataclass(frozen=True)
class ChangeField(Edit):
    row_key: int
    field: str  # the field the analyst changed; ``changes`` may carry dependent ones
    name: str
    changes: tuple[FieldChange, ...]
    old_state: str
    new_state: str

    kind = "change_field"

    @property
    def text(self) -> str:
        new = next(c.new for c in self.changes if c.field == self.field)
        return f"Change {EDITABLE_FIELDS.get(self.field, self.field)} of {self.name} to {display(new)}"

    @property
    def row_keys(self) -> tuple[int, ...]:
        return (self.row_key,)

    def apply_to(self, store: RowStore) -> None:
        row = store.snapshot(self.row_key)
        _expect_state(row, self.old_state)
        for change in self.changes:
            _expect_value(row, change.field, change.old)
        for change in self.changes:
            store.set_correction(self.row_key, change.field, change.new)
        store.set_state(self.row_key, self.new_state)

    def revert_from(self, store: RowStore) -> None:
        row = store.snapshot(self.row_key)
        _expect_state(row, self.new_state)
        for change in self.changes:
            _expect_value(row, change.field, change.new)
        for change in self.changes:
            if change.old_corrected:
                store.set_correction(self.row_key, change.field, change.old)
            else:
                store.clear_correction(self.row_key, change.field)
        store.set_state(self.row_key, self.old_state)


@dataclass(frozen=True)
class AddIndicator(Edit):
    row_key: int  # reserved by the project when the edit was made, so redo gives the same key
    values: Mapping[str, object]  # every schema column

    kind = "add_indicator"

    @property
    def text(self) -> str:
        return f"Add indicator {self.values.get('indicator', '')}"

    @property
    def row_keys(self) -> tuple[int, ...]:
        return (self.row_key,)

    def apply_to(self, store: RowStore) -> None:
        if store.has_row(self.row_key):
            raise StaleEditError(f"row {self.row_key} already exists")
        store.insert_row(self.row_key, self.values, "added", ReviewState.CONFIRMED.value)

    def revert_from(self, store: RowStore) -> None:
        row = store.snapshot(self.row_key)
        if row.corrected:
            raise StaleEditError(f"the added row {self.row_key} was edited since; undo those edits first")
        store.delete_row(self.row_key)


@dataclass(frozen=True)
class EditGroup(Edit):
    edits: tuple[Edit, ...]
    label: str

    kind = "group"

    @property
    def text(self) -> str:
        return self.label

    @property
    def row_keys(self) -> tuple[int, ...]:
        return tuple(k for e in self.edits for k in e.row_keys)

    def apply_to(self, store: RowStore) -> None:
        for edit in self.edits:
            edit.apply_to(store)

    def revert_from(self, store: RowStore) -> None:
        for edit in reversed(self.edits):
            edit.revert_from(store)


def _expect_state(row: RowSnapshot, state: str) -> None:
    if row.state != state:
        raise StaleEditError(f"row {row.row_key} is {row.state}, expected {state}")


def _expect_value(row: RowSnapshot, field: str, expected: object) -> None:
    if not same_value(row.values.get(field), expected):
        raise StaleEditError(
            f"{field} of row {row.row_key} is {display(row.values.get(field))}, expected {display(expected)}"
        )


def same_value(a: object, b: object) -> bool:
    if _is_missing(a) or _is_missing(b):
        return _is_missing(a) and _is_missing(b)
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return float(a) == float(b)
    return a == b


def _is_missing(value: object) -> bool:
    if value is None or value is pd.NA:
        return True
    return isinstance(value, float) and math.isnan(value)


def display(value: object) -> str:
    if _is_missing(value):
        return "(empty)"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return str(value) if value != "" else "(empty)"


# --- factories: what the window calls -------------------------------------------------------


def confirm(project: ReviewSource, row_key: int) -> SetState:
    row = project.row(row_key)
    # A corrected row is a reviewed row: confirming it keeps the corrections visible as such.
    new = ReviewState.CORRECTED if row.corrected else ReviewState.CONFIRMED
    return SetState(row_key, row.name, row.state, new.value)


def reject(project: ReviewSource, row_key: int) -> SetState:
    row = project.row(row_key)
    return SetState(row_key, row.name, row.state, ReviewState.REJECTED.value)


def mark_unreviewed(project: ReviewSource, row_key: int) -> SetState:
    row = project.row(row_key)
    return SetState(row_key, row.name, row.state, ReviewState.UNREVIEWED.value)


def change_field(project: ReviewSource, row_key: int, field_name: str, raw: object) -> ChangeField:
    """An edit setting one field of a row to ``raw`` (validated; text is parsed as the user typed it)."""
    name = FIELD_ALIASES.get(field_name, field_name)
    if name not in EDITABLE_FIELDS:
        raise ValidationError("'{0}' cannot be edited", field_name, field=field_name)
    new = validate_field(name, raw)
    row = project.row(row_key)
    new_values = {name: new}
    if name in ("value", "unit"):
        new_values.update(_base_value(project, row, name, new))
    changes = tuple(
        FieldChange(f, row.values.get(f), v, f in row.corrected) for f, v in new_values.items()
    )
    new_state = ReviewState.CORRECTED.value
    return ChangeField(row_key, name, row.name, changes, row.state, new_state)


def _base_value(project: ReviewSource, row: RowSnapshot, field_name: str, new: object) -> dict[str, object]:
    """``value_base`` and ``base_unit`` after a change of value or unit."""
    value = new if field_name == "value" else row.values.get("value")
    unit = new if field_name == "unit" else str(row.values.get("unit") or "")
    scale = _own_scale(row) if field_name == "value" else None
    scale = scale or project.unit_scale(unit)
    if scale is None or _is_missing(value):
        return {"value_base": None, "base_unit": ""}
    base_unit, factor = scale
    return {"value_base": float(value) * factor, "base_unit": base_unit}


def _own_scale(row: RowSnapshot) -> tuple[str, float] | None:
    """The row's own factor from its unit to the base unit, when its numbers show it."""
    value, base = row.values.get("value"), row.values.get("value_base")
    if _is_missing(value) or _is_missing(base) or not value:
        return None
    return str(row.values.get("base_unit") or ""), float(base) / float(value)


def add_indicator(
    project: ReviewSource,
    source: str,
    start: int,
    end: int,
    prefill: Mapping[str, object] | Indicator | None = None,
) -> AddIndicator:
    """An edit adding a row the extractor missed, for the span ``start:end`` of ``source``'s text.

    ``prefill`` is the extractor's reading of the selection (an Indicator or a mapping of
    schema columns); its ``source``/``start``/``end``/``quote`` are replaced by the span's.
    ``value`` and ``indicator`` must be present and valid.
    """
    document = project.document(source)
    if not (0 <= start < end <= len(document.text)):
        raise ValidationError("The selection {0}:{1} is outside the text of {2}.", start, end, source, field="start")
    given = dataclasses.asdict(prefill) if isinstance(prefill, Indicator) else dict(prefill or {})
    values: dict[str, object] = {c: given.get(c) for c in COLUMNS}
    for name in EDITABLE_FIELDS:
        if name in ("value", "indicator") or not _is_missing(values[name]):
            values[name] = validate_field(name, values[name])
    for name in ("unit", "subject", "qualifier", "base_unit", "growth_kind", "category"):
        values[name] = str(values[name] or "")
    if _is_missing(values.get("value_base")):
        scale = project.unit_scale(str(values["unit"]))
        values["value_base"] = float(values["value"]) * scale[1] if scale else None
        values["base_unit"] = scale[0] if scale else ""
    values.update(
        source=source,
        start=int(start),
        end=int(end),
        quote=document.text[start:end],
        sentence=str(values.get("sentence") or sentence_around(document.text, start, end)),
    )
    return AddIndicator(project.reserve_row_key(), values)


def group(edits: list[Edit] | tuple[Edit, ...], label: str) -> EditGroup:
    return EditGroup(tuple(edits), label)


SENTENCE_ENDS = "。！？!?；;\n"


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence holding ``text[start:end]``: from after the previous sentence end to the next."""
    left = max((text.rfind(mark, 0, start) for mark in SENTENCE_ENDS), default=-1) + 1
    ends = [i for mark in SENTENCE_ENDS if (i := text.find(mark, end)) != -1]
    right = min(ends) + 1 if ends else len(text)
    return text[left:right].strip()


# --- validation -----------------------------------------------------------------------------


def validate_field(name: str, raw: object) -> object:
    """The stored form of ``raw`` for field ``name``, or ValidationError with a message for the user."""
    if name == "value":
        number = parse_number(raw, "value")
        if number is None:
            raise ValidationError("The value must be a number.", field=name)
        return number
    if name == "growth_pct":
        return parse_number(raw, "growth")
    if name == "year":
        return parse_year(raw)
    if name == "unit":
        return parse_unit(raw)
    if name == "indicator":
        return parse_text(raw, "indicator name", required=True)
    if name == "subject":
        return parse_text(raw, "subject", required=False)
    if name == "qualifier":
        text = "" if _is_missing(raw) else str(raw).strip()
        if text not in QUALIFIERS:
            raise ValidationError("The qualifier must be one of: approx, over, under, or empty.", field=name)
        return text
    raise ValidationError("'{0}' cannot be edited", name, field=name)


def _normalised_text(raw: object) -> str:
    return unicodedata.normalize("NFKC", str(raw)).strip()


def parse_number(raw: object, label: str) -> float | None:
    """A finite float from a number or text ("1,234.5", full-width digits); empty gives None."""
    if _is_missing(raw):
        return None
    if isinstance(raw, bool):
        raise ValidationError("The {0} must be a number.", label, field=label)
    if isinstance(raw, (int, float)):
        number = float(raw)
    else:
        text = _normalised_text(raw).replace(",", "").replace("%", "").strip()
        if not text:
            return None
        try:
            number = float(text)
        except ValueError:
            raise ValidationError("The {0} must be a number, not '{1}'.", label, raw, field=label) from None
    if not math.isfinite(number):
        raise ValidationError("The {0} must be a finite number.", label, field=label)
    return number


def parse_year(raw: object) -> int | None:
    if _is_missing(raw) or (isinstance(raw, str) and not raw.strip()):
        return None
    last = dt.date.today().year + 1
    message = ("The year must be a whole number from {0} to {1}.", FIRST_YEAR, last)
    if isinstance(raw, bool):
        raise ValidationError(*message, field="year")
    text = _normalised_text(raw).removesuffix("年")
    try:
        number = float(text)
    except ValueError:
        raise ValidationError(*message, field="year") from None
    if not number.is_integer() or not FIRST_YEAR <= number <= last:
        raise ValidationError(*message, field="year")
    return int(number)


def parse_unit(raw: object) -> str:
    text = "" if _is_missing(raw) else _normalised_text(raw)
    if not text:
        raise ValidationError("The unit must not be empty.", field="unit")
    if len(text) > MAX_UNIT_LENGTH or any(ch.isspace() or not ch.isprintable() for ch in text):
        raise ValidationError(
            "'{0}' is not a unit (at most {1} characters, no spaces).", text, MAX_UNIT_LENGTH, field="unit"
        )
    if text[0].isdigit():
        raise ValidationError("'{0}' is not a unit: it starts with a digit.", text, field="unit")
    return text


def parse_text(raw: object, label: str, required: bool) -> str:
    text = "" if _is_missing(raw) else " ".join(str(raw).split())
    if required and not text:
        raise ValidationError("The {0} must not be empty.", label, field=label)
    if len(text) > MAX_TEXT_LENGTH:
        raise ValidationError("The {0} is too long (at most {1} characters).", label, MAX_TEXT_LENGTH, field=label)
    return text


# --- history --------------------------------------------------------------------------------

EDIT_KINDS: dict[str, type[Edit]] = {
    cls.kind: cls for cls in (SetState, ChangeField, AddIndicator, EditGroup)
}


def edit_to_json(edit: Edit) -> str:
    return json.dumps(_edit_record(edit), ensure_ascii=False)


def edit_from_json(text: str) -> Edit:
    return _edit_from_record(json.loads(text))


def _edit_record(edit: Edit) -> dict:
    record = {"kind": edit.kind}
    for f in dataclasses.fields(edit):
        value = getattr(edit, f.name)
        if f.name == "edits":
            value = [_edit_record(e) for e in value]
        elif f.name == "changes":
            value = [dataclasses.asdict(c) for c in value]
        elif f.name == "values":
            value = dict(value)
        record[f.name] = value
    return record


def _edit_from_record(record: dict) -> Edit:
    record = dict(record)
    cls = EDIT_KINDS[record.pop("kind")]
    if "edits" in record:
        record["edits"] = tuple(_edit_from_record(r) for r in record["edits"])
    if "changes" in record:
        record["changes"] = tuple(FieldChange(**c) for c in record["changes"])
    return cls(**record)
