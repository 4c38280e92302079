"""The indicator table's columns: one place for the CSV/JSON schema and the DataFrame dtypes."""

from __future__ import annotations

from dataclasses import astuple, dataclass, fields
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pandas is imported when a frame is built, not by every worker that extracts
    import pandas as pd


@dataclass(slots=True)
class Indicator:
    """One quantitative fact and where it was read."""

    source: str
    indicator: str
    value: float
    unit: str
    value_base: float | None
    base_unit: str
    qualifier: str  # "approx" | "over" | "under" | ""
    year: int | None
    growth_pct: float | None
    growth_kind: str  # "yoy" | "avg_annual" | "multiple" | "" ...
    subject: str
    category: str
    quote: str
    start: int
    end: int
    sentence: str


COLUMNS: tuple[str, ...] = tuple(f.name for f in fields(Indicator))

FLOAT_COLUMNS = ("value", "value_base", "growth_pct")
INT_COLUMNS = ("start", "end")
NULLABLE_INT_COLUMNS = ("year",)
TEXT_COLUMNS = tuple(c for c in COLUMNS if c not in FLOAT_COLUMNS + INT_COLUMNS + NULLABLE_INT_COLUMNS)


def indicators_frame(rows: list[Indicator]) -> pd.DataFrame:
    """The rows as a DataFrame with the schema's dtypes (also for zero rows)."""
    import pandas as pd

    frame = pd.DataFrame.from_records([astuple(r) for r in rows], columns=list(COLUMNS))
    return conform(frame)


def conform(frame: pd.DataFrame) -> pd.DataFrame:
    """Cast a frame with the schema's columns (e.g. read back from CSV) to the schema's dtypes."""
    import pandas as pd

    frame = frame.reindex(columns=list(COLUMNS))
    for column in FLOAT_COLUMNS:
        frame[column] = pd.to_numeric(frame[column], errors="coerce").astype("float64")
    for column in INT_COLUMNS:
        frame[column] = pd.to_numeric(frame[column], errors="coerce").fillna(-1).astype("int64")
    for column in NULLABLE_INT_COLUMNS:
        frame[column] = pd.to_numeric(frame[column], errors="coerce").astype("Int64")
    for column in TEXT_COLUMNS:
        frame[column] = frame[column].fillna("").astype(str)
    return frame
