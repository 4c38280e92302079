"""Reviewed indicators out to CSV / Excel / Parquet, and indicators in from CSV.

Exports carry every schema column, corrections applied, then ``review_state`` and
``origin`` (extracted / added / imported): :func:`review_frame` makes that frame from a
project. Files are written atomically; CSV and Excel go through ``viewer.core.table``'s
writers (UTF-8 with BOM for spreadsheet programs; Excel-safe text).

:func:`read_indicators_csv` reads a CSV with the schema's columns (an export of this app,
or a hand-made sheet) and reports each row it could not read by line number and reason,
instead of stopping at the first.
"""

from __future__ import annotations

import csv
import io
import math
import os
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from viewer.core.atomic import atomic_write
from viewer.core.review import REVIEW_STATES
from viewer.core.table import CSV_FLOAT_FORMAT, write_csv, write_excel
from viewer.core.schema import (
    COLUMNS,
    FLOAT_COLUMNS,
    INT_COLUMNS,
    NULLABLE_INT_COLUMNS,
    Indicator,
)

FORMATS = ("csv", "xlsx", "parquet")
EXPORT_EXTRA_COLUMNS = ("review_state", "origin")
REQUIRED_IMPORT_COLUMNS = ("source", "indicator", "value")
SUFFIX_FORMATS = {".csv": "csv", ".xlsx": "xlsx", ".parquet": "parquet", ".pq": "parquet"}


class CsvFormatError(ValueError):
    """A file that cannot be read as an indicators CSV at all; the message is for the user."""


def review_frame(project, include_rejected: bool = True) -> pd.DataFrame:
    """A project's rows for export: schema columns (corrections applied), review_state, origin."""
    frame = project.indicators_frame()
    if not include_rejected:
        frame = frame[frame["review_state"] != "rejected"]
    return frame[list(COLUMNS) + list(EXPORT_EXTRA_COLUMNS)].reset_index(drop=True)


def format_for(path: str | os.PathLike, given: str | None = None) -> str:
    """The export format: ``given``, else from the file's suffix, else CSV."""
    if given:
        if given not in FORMATS:
            raise ValueError(f"unknown format '{given}' (choose from {', '.join(FORMATS)})")
        return given
    return SUFFIX_FORMATS.get(Path(path).suffix.lower(), "csv")


def write_frame(frame: pd.DataFrame, path: str | os.PathLike, fmt: str | None = None) -> None:
    """``frame`` to ``path`` in ``fmt`` (or the suffix's format), atomically."""

    fmt = format_for(path, fmt)
    if fmt == "csv":
        write_csv(frame, path)
    elif fmt == "xlsx":
        write_excel(frame, path)
    else:
        atomic_write(path, lambda tmp: frame.to_parquet(tmp, engine="pyarrow", index=False))


def csv_text(frame: pd.DataFrame) -> str:
    """``frame`` as CSV text (no BOM), e.g. for standard output."""
    buffer = io.StringIO()
    frame.to_csv(buffer, index=False, lineterminator="\n", float_format=CSV_FLOAT_FORMAT)
    return buffer.getvalue()


# --- import ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class RowProblem:
    line: int  # 1-based line of the file where the row starts
    reason: str


@dataclass
class CsvImport:
    rows: list[Indicator] = field(default_factory=list)
    review_states: list[str] = field(default_factory=list)  # one per row ("unreviewed" when absent)
    problems: list[RowProblem] = field(default_factory=list)


def read_indicators_csv(path: str | os.PathLike) -> CsvImport:
    """Indicators from a CSV with a header naming schema columns (``source``, ``indicator`` and
    ``value`` at least; ``review_state`` optional). Raises CsvFormatError for a file that is not
    such a CSV; rows that cannot be read are listed in ``problems``."""
    text = _decode(Path(path))
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = [h.strip() for h in next(reader)]
    except StopIteration:
        raise CsvFormatError(f"{path} is empty") from None
    except csv.Error as error:
        raise CsvFormatError(f"{path}: line 1: {error}") from None
    missing = [c for c in REQUIRED_IMPORT_COLUMNS if c not in header]
    if missing:
        raise CsvFormatError(f"{path} has no column {', '.join(missing)} (its header: {', '.join(header)[:200]})")
    result = CsvImport()
    while True:
        line = reader.line_num + 1
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as error:
            result.problems.append(RowProblem(line, str(error)))
            break  # the reader cannot find the next row after a broken quote
        if not any(c.strip() for c in cells):
            continue
        if len(cells) != len(header):
            result.problems.append(RowProblem(line, f"{len(cells)} fields, the header has {len(header)}"))
            continue
        try:
            row, state = _indicator(dict(zip(header, cells)))
        except ValueError as error:
            result.problems.append(RowProblem(line, str(error)))
            continue
        result.rows.append(row)
        result.review_states.append(state)
    return result


def _decode(path: Path) -> str:
    try:
        data = path.read_bytes()
    except OSError as error:
        raise CsvFormatError(f"cannot read {path}: {error.strerror or error}") from error
    if b"\x00" in data[:4096]:
        raise CsvFormatError(f"{path} is not a text file")
    for encoding in ("utf-8-sig", "gb18030"):  # spreadsheet programs on Chinese systems write GB18030
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise CsvFormatError(f"{path} is neither UTF-8 nor GB18030 text")


def _indicator(cells: dict[str, str]) -> tuple[Indicator, str]:
    values: dict[str, object] = {}
    for column in COLUMNS:
        raw = cells.get(column, "").strip()
        if column in FLOAT_COLUMNS:
            values[column] = _number(column, raw, required=column == "value")
        elif column in INT_COLUMNS:
            values[column] = _whole(column, raw, default=-1)
        elif column in NULLABLE_INT_COLUMNS:
            values[column] = _whole(column, raw, default=None)
        else:
            values[column] = raw
    for column in ("source", "indicator"):
        if not values[column]:
            raise ValueError(f"{column} is empty")
    state = cells.get("review_state", "").strip() or "unreviewed"
    if state not in REVIEW_STATES:
        raise ValueError(f"review_state '{state}' is not one of {', '.join(REVIEW_STATES)}")
    return Indicator(**values), state


def _number(column: str, raw: str, required: bool) -> float | None:
    if not raw:
        if required:
            raise ValueError(f"{column} is empty")
        return None
    try:
        number = float(raw.replace(",", ""))
    except ValueError:
        raise ValueError(f"{column} '{raw}' is not a number") from None
    if not math.isfinite(number):
        raise ValueError(f"{column} '{raw}' is not a finite number")
    return number


def _whole(column: str, raw: str, default: int | None) -> int | None:
    if not raw:
        return default
    try:
        number = float(raw)
    except ValueError:
        raise ValueError(f"{column} '{raw}' is not a whole number") from None
    if not number.is_integer():
        raise ValueError(f"{column} '{raw}' is not a whole number")
    return int(number)
