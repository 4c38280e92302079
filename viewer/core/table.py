"""The indicator table without Qt: filtering, sorting, the visible rows and exporting them.

A row is named by its *row id*, its position (0..n-1) in the indicators frame
(``viewer.core.schema.indicators_frame``). Everything here speaks row ids; a view's own row
numbers never leave the Qt layer. Frames are treated as immutable: per-frame caches (the search
text, the sort keys) are built once and reused until the frame object goes away.

Public API
----------
``FilterSpec``
    Plain data (``to_dict``/``from_dict`` for JSON): ``search`` text over indicator, subject,
    quote and source (case-insensitive; each whitespace-separated word must occur in one of those
    columns, or, when ``regex`` is set, one regular expression must match one of them); ``values`` maps a column to the values it may take
    (a column that is absent is not filtered; an empty list lets nothing through; ``None`` stands
    for a missing year); ``ranges`` maps a numeric column to an inclusive ``(min, max)``, either
    end ``None`` for open (rows with no number fail a range). All parts combine with AND.
``filter_mask(frame, spec) -> np.ndarray[bool]`` and ``filter_error(spec) -> str | None``
    An invalid regular expression matches nothing and is reported by ``filter_error``; it never
    raises. ``prepare_search(frame)`` builds the per-frame search index ahead of the first
    search (thread-safe, for a worker thread).
``SortKey(column, ascending=True)`` and ``sort_order(frame, keys, base_order=None, collate=None)``
    A stable order of row ids. Numbers sort as numbers, ``value`` sorts by its amount in base
    units (``value_base``, falling back to ``value``), text by Unicode code point; missing numbers
    and empty text come last in both directions.
``IndicatorQuery``
    Holds frame + filter + sort and gives ``visible`` (row ids in display order), recomputing only
    the part that changed.
``export_frame``, ``write_csv``, ``write_excel``, ``rows_to_tsv``
    The raw schema columns of given rows; CSV in UTF-8 with BOM (Excel reads the Chinese
    correctly); both files written atomically.
"""

from __future__ import annotations

import io
import re
import threading
import weakref
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from viewer.core.atomic import atomic_write
from viewer.core.schema import COLUMNS

SEARCH_COLUMNS: tuple[str, ...] = ("indicator", "subject", "quote", "source")
CATEGORICAL_COLUMNS: tuple[str, ...] = (
    "unit", "category", "subject", "source", "year", "qualifier", "growth_kind",
)
RANGE_COLUMNS: tuple[str, ...] = ("value", "value_base", "growth_pct", "year")

EXCEL_MAX_ROWS = 1_048_575  # one sheet row is the header

# --------------------------------------------------------------------------- filter


@dataclass
class FilterSpec:
    """What the table shows; plain data so that it can be saved as JSON."""

    search: str = ""
    regex: bool = False
    values: dict[str, list[Any]] = field(default_factory=dict)
    ranges: dict[str, tuple[float | None, float | None]] = field(default_factory=dict)

    def is_empty(self) -> bool:
        """True when the spec lets every row through."""
        return not self._search_active() and not self.values and not any(
            lo is not None or hi is not None for lo, hi in self.ranges.values()
        )

    def _search_active(self) -> bool:
        return bool(self.search) if self.regex else bool(self.search.strip())

    def to_dict(self) -> dict[str, Any]:
        return {
            "search": self.search,
            "regex": self.regex,
            "values": {column: [_plain(v) for v in values] for column, values in self.values.items()},
            "ranges": {column: [lo, hi] for column, (lo, hi) in self.ranges.items()},
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> FilterSpec:
        """The spec saved by ``to_dict``; raises ValueError on data of the wrong shape."""
        if not isinstance(data, dict):
            raise ValueError(f"a filter must be a JSON object, not {type(data).__name__}")
        try:
            values = {str(c): list(v) for c, v in dict(data.get("values") or {}).items()}
            ranges = {}
            for column, bounds in dict(data.get("ranges") or {}).items():
                lo, hi = bounds
                ranges[str(column)] = (_optional_float(lo), _optional_float(hi))
            return cls(
                search=str(data.get("search") or ""),
                regex=bool(data.get("regex", False)),
                values=values,
                ranges=ranges,
            )
        except (TypeError, ValueError) as error:
            raise ValueError(f"not a valid filter: {error}") from error


def _plain(value: Any) -> Any:
    """A JSON-ready value: numpy scalars become Python ones, missing becomes None."""
    if _is_missing(value):
        return None
    return value.item() if isinstance(value, np.generic) else value


def _optional_float(value: Any) -> float | None:
    return None if value is None else float(value)


def filter_error(spec: FilterSpec) -> str | None:
    """Why the spec's search cannot run (an invalid regular expression), or None."""
    if not (spec.regex and spec.search):
        return None
    try:
        re.compile(spec.search, re.IGNORECASE | re.MULTILINE)
    except re.error as error:
        return str(error)
    return None


def filter_mask(frame: pd.DataFrame, spec: FilterSpec) -> np.ndarray:
    """A boolean array, one per row of ``frame``: True where the row passes ``spec``.

    Columns the frame does not have are ignored (a spec saved with another schema still loads).
    """
    mask = np.ones(len(frame), dtype=bool)
    if spec._search_active():
        mask &= _search_mask(frame, spec)
    for column, allowed in spec.values.items():
        if column in frame.columns:
            mask &= _values_mask(frame[column], allowed)
    for column, (lo, hi) in spec.ranges.items():
        if column in frame.columns and (lo is not None or hi is not None):
            mask &= _range_mask(frame[column], lo, hi)
    return mask


def _search_mask(frame: pd.DataFrame, spec: FilterSpec) -> np.ndarray:
    columns = [_search_column(frame, c) for c in SEARCH_COLUMNS if c in frame.columns]
    if spec.regex:
        test = _regex_test(spec.search)
        return _any_column(columns, test, len(frame))
    mask = np.ones(len(frame), dtype=bool)
    for word in spec.search.lower().split():
        mask &= _any_column(columns, lambda texts, word=word: _to_bool(pc.match_substring(texts, word)), len(frame))
    return mask


def _any_column(columns: list[_SearchColumn], test, rows: int) -> np.ndarray:
    mask = np.zeros(rows, dtype=bool)
    for column in columns:
        mask |= column.matches(test)
    return mask


def prepare_search(frame: pd.DataFrame) -> None:
    """Build the frame's search index now (it is otherwise built by the first search).

    Safe to call from a worker thread: the first keystroke on a large frame then costs no more
    than the next ones.
    """
    for column in SEARCH_COLUMNS:
        if column in frame.columns:
            _search_column(frame, column)


def _search_column(frame: pd.DataFrame, column: str) -> _SearchColumn:
    return _CACHE.get(frame, ("search", column), lambda: _SearchColumn(frame[column]))


class _SearchColumn:
    """One searched column, lower-cased once per frame.

    Columns that repeat a few values (indicator, subject, source) keep their distinct values and
    a code per row: a keystroke then tests a few thousand strings instead of a million.
    """

    def __init__(self, series: pd.Series) -> None:
        text = series.astype("str").fillna("")
        self.codes: np.ndarray | None = None
        if _mostly_repeated(text):
            self.codes, distinct = pd.factorize(text)
            text = pd.Series(distinct, dtype="str")
        self.texts = pc.utf8_lower(pa.array(text))

    def matches(self, test) -> np.ndarray:
        """``test(texts) -> bool array`` over the column's strings, spread to one bool per row."""
        hits = test(self.texts)
        return hits if self.codes is None else hits[self.codes]


def _mostly_repeated(text: pd.Series, sample_size: int = 10_000) -> bool:
    if len(text) < 1_000:
        return False
    sample = text.iloc[np.random.default_rng(0).integers(0, len(text), sample_size)]
    return sample.nunique() < sample_size // 2


def _regex_test(pattern: str):
    """A test for ``_SearchColumn.matches``; matches nothing when the pattern is invalid."""
    try:
        compiled = re.compile(pattern, re.IGNORECASE | re.MULTILINE)
    except re.error:
        return lambda texts: np.zeros(len(texts), dtype=bool)

    def test(texts: pa.Array) -> np.ndarray:
        try:  # RE2, vectorised; the flags go inline
            return _to_bool(pc.match_substring_regex(texts, "(?m)" + pattern, ignore_case=True))
        except pa.ArrowException:  # valid for Python, not for RE2 (look-around, back-references)
            return np.fromiter((compiled.search(t) is not None for t in texts.to_pylist()), bool, len(texts))

    return test


def _to_bool(result: pa.Array | pa.ChunkedArray) -> np.ndarray:
    return result.fill_null(False).to_numpy(zero_copy_only=False).astype(bool, copy=False)


def _values_mask(column: pd.Series, allowed: Iterable[Any]) -> np.ndarray:
    allowed = list(allowed)
    present = [v for v in allowed if not _is_missing(v)]
    mask = _as_bool(column.isin(present)) if present else np.zeros(len(column), dtype=bool)
    if len(present) < len(allowed):
        mask |= _as_bool(column.isna())
    return mask


def _range_mask(column: pd.Series, lo: float | None, hi: float | None) -> np.ndarray:
    numbers = column.to_numpy(dtype="float64", na_value=np.nan)
    mask = ~np.isnan(numbers)
    if lo is not None:
        mask &= numbers >= lo
    if hi is not None:
        mask &= numbers <= hi
    return mask


def _is_missing(value: Any) -> bool:
    return value is None or (isinstance(value, float) and np.isnan(value)) or value is pd.NA


def _as_bool(result: pd.Series) -> np.ndarray:
    return result.to_numpy(dtype=bool, na_value=False)


# --------------------------------------------------------------------------- sort


@dataclass(frozen=True)
class SortKey:
    """Sort by a schema column, ascending or descending."""

    column: str
    ascending: bool = True

    def to_dict(self) -> dict[str, Any]:
        return {"column": self.column, "ascending": self.ascending}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> SortKey:
        return cls(str(data["column"]), bool(data.get("ascending", True)))


# Text sorts by code point unless a collation key is given (the window gives Qt's Chinese one, so
# 安徽 < 北京 < 上海 in pinyin order). Columns with more distinct texts than this (quotes,
# sentences) keep code point order: collating a million strings would take seconds.
COLLATION_MAX_DISTINCT = 50_000
Collation = Callable[[str], Any]


def sort_order(
    frame: pd.DataFrame, keys: Sequence[SortKey], base_order: np.ndarray | None = None,
    collate: Collation | None = None,
) -> np.ndarray:
    """Row ids of ``frame`` ordered by ``keys`` (first key first); ties keep ``base_order``.

    ``base_order`` (default: row id order) must be a permutation or a subset of row ids;
    ``collate(text)`` gives the sort key of a text (default: the text itself).
    """
    order = np.arange(len(frame), dtype=np.int64) if base_order is None else np.array(base_order, np.int64)
    # One stable sort per key, the last key first, each keeping the order the previous one left.
    for key in reversed([k for k in keys if k.column in frame.columns]):
        directed = _directed_key(_sort_key(frame, key.column, collate), key.ascending)
        order = order[np.argsort(directed[order], kind="stable")]
    return order


def _directed_key(key: np.ndarray, ascending: bool) -> np.ndarray:
    """An array whose ascending order is the wanted one, missing values last."""
    if key.dtype.kind == "f":
        return key if ascending else -key  # numpy sorts NaN last either way
    # Text codes: -1 is empty or missing; small integer codes let numpy use a radix sort.
    count = key.dtype.type(key.max(initial=-1) + 1)
    return np.where(key < 0, count, key if ascending else count - 1 - key).astype(key.dtype, copy=False)


def _sort_key(frame: pd.DataFrame, column: str, collate: Collation | None) -> np.ndarray:
    """The column as numbers (NaN when missing) or as codes in text order (-1 when empty); cached."""
    return _CACHE.get(frame, ("sort", column, collate), lambda: _build_sort_key(frame, column, collate))


def _build_sort_key(frame: pd.DataFrame, column: str, collate: Collation | None) -> np.ndarray:
    series = frame[column]
    if column == "value" and "value_base" in frame.columns:
        # 2500家 against 18万人 compares 2500 with 180000, whatever the display unit.
        series = frame["value_base"].fillna(frame["value"])
    if pd.api.types.is_numeric_dtype(series.dtype) and not pd.api.types.is_bool_dtype(series.dtype):
        return series.to_numpy(dtype="float64", na_value=np.nan)
    text = series.astype("str").fillna("")
    codes, distinct = pd.factorize(text.mask(text == ""), sort=True, use_na_sentinel=True)
    if collate is not None and 0 < len(distinct) <= COLLATION_MAX_DISTINCT:
        ranks = np.empty(len(distinct), dtype=np.int64)
        ranks[sorted(range(len(distinct)), key=lambda i: collate(distinct[i]))] = np.arange(len(distinct))
        codes = np.where(codes >= 0, ranks[codes], -1)
    return codes.astype(np.int16 if codes.max(initial=0) < np.iinfo(np.int16).max else np.int32)


# --------------------------------------------------------------------------- query


class IndicatorQuery:
    """A frame, a filter and a sort, and the row ids they make visible.

    ``visible`` is ``order[mask[order]]``: the sort runs over all rows, the filter is a mask, so a
    new filter does not re-sort and a new sort does not re-filter.
    """

    def __init__(self, frame: pd.DataFrame | None = None, collate: Collation | None = None) -> None:
        self._frame = frame if frame is not None else _empty_frame()
        self._collate = collate
        self._spec = FilterSpec()
        self._keys: tuple[SortKey, ...] = ()
        self._mask: np.ndarray | None = None
        self._order: np.ndarray | None = None
        self._visible: np.ndarray | None = None
        self._inverse: np.ndarray | None = None

    @property
    def frame(self) -> pd.DataFrame:
        return self._frame

    @property
    def spec(self) -> FilterSpec:
        return self._spec

    @property
    def sort_keys(self) -> tuple[SortKey, ...]:
        return self._keys

    @property
    def total(self) -> int:
        return len(self._frame)

    @property
    def count(self) -> int:
        return len(self.visible)

    @property
    def error(self) -> str | None:
        """Why the current filter's search cannot run, or None."""
        return filter_error(self._spec)

    def set_frame(self, frame: pd.DataFrame) -> None:
        self._frame = frame
        self._mask = self._order = None
        self._changed()

    def set_filter(self, spec: FilterSpec) -> bool:
        """Use ``spec``; False (and nothing recomputed) when it equals the current one."""
        if spec == self._spec:
            return False
        self._spec = FilterSpec.from_dict(spec.to_dict())  # a private copy: callers may mutate theirs
        self._mask = None
        self._changed()
        return True

    def set_sort(self, keys: Sequence[SortKey]) -> bool:
        """Sort by ``keys`` (empty: row id order); False when they equal the current ones."""
        keys = tuple(keys)
        if keys == self._keys:
            return False
        self._keys = keys
        self._order = None
        self._changed()
        return True

    @property
    def mask(self) -> np.ndarray:
        if self._mask is None:
            self._mask = filter_mask(self._frame, self._spec)
        return self._mask

    @property
    def order(self) -> np.ndarray:
        if self._order is None:
            self._order = sort_order(self._frame, self._keys, collate=self._collate)
        return self._order

    @property
    def visible(self) -> np.ndarray:
        """Row ids in display order."""
        if self._visible is None:
            order = self.order
            self._visible = order if self._spec.is_empty() else order[self.mask[order]]
        return self._visible

    def position(self, row_id: int) -> int | None:
        """The display position of ``row_id``, or None when it is filtered out or unknown."""
        if not 0 <= row_id < self.total:
            return None
        if self._inverse is None:
            inverse = np.full(self.total, -1, dtype=np.int64)
            inverse[self.visible] = np.arange(len(self.visible), dtype=np.int64)
            self._inverse = inverse
        position = int(self._inverse[row_id])
        return None if position < 0 else position

    def positions(self, row_ids: np.ndarray) -> np.ndarray:
        """Display positions of many row ids at once (-1 where hidden)."""
        self.position(0)  # builds the inverse
        if self._inverse is None:
            return np.full(len(row_ids), -1, dtype=np.int64)
        return self._inverse[np.asarray(row_ids, dtype=np.int64)]

    def _changed(self) -> None:
        self._visible = None
        self._inverse = None


def _empty_frame() -> pd.DataFrame:
    from viewer.core.schema import indicators_frame

    return indicators_frame([])


# --------------------------------------------------------------------------- export


def export_frame(frame: pd.DataFrame, row_ids: np.ndarray | Sequence[int]) -> pd.DataFrame:
    """The raw schema columns of ``row_ids``, in that order, with a fresh 0..n-1 index."""
    columns = [c for c in COLUMNS if c in frame.columns]
    return frame.iloc[np.asarray(row_ids, dtype=np.int64)][columns].reset_index(drop=True)


def rows_to_tsv(frame: pd.DataFrame, row_ids: np.ndarray | Sequence[int]) -> str:
    """Rows as tab-separated text with a header line, for the clipboard (fields with tabs or
    newlines are quoted, as spreadsheets expect)."""
    buffer = io.StringIO()
    export_frame(frame, row_ids).to_csv(buffer, sep="\t", index=False, lineterminator="\n")
    return buffer.getvalue()


# Numbers as written (43629000000, 436.29), without the '.0' a float column would add.
CSV_FLOAT_FORMAT = "%.15g"


def write_csv(frame: pd.DataFrame, path) -> None:
    """``frame`` as CSV in UTF-8 with a BOM, written atomically."""
    atomic_write(path, lambda tmp: frame.to_csv(tmp, index=False, encoding="utf-8-sig", float_format=CSV_FLOAT_FORMAT))


def write_excel(frame: pd.DataFrame, path, sheet_name: str = "Indicators") -> None:
    """``frame`` as an .xlsx workbook (openpyxl), written atomically.

    Raises ValueError when the rows do not fit in one sheet. Characters a workbook cannot hold
    (control characters from scraped pages) are dropped, and text that would start a formula is
    kept as text.
    """
    if len(frame) > EXCEL_MAX_ROWS:
        raise ValueError(f"{len(frame):,} rows do not fit in an Excel sheet (at most {EXCEL_MAX_ROWS:,})")
    cleaned = _excel_safe(frame)
    formula_like = _formula_like_cells(cleaned)

    def write(tmp: str) -> None:
        with open(tmp, "wb") as handle, pd.ExcelWriter(handle, engine="openpyxl") as writer:
            cleaned.to_excel(writer, sheet_name=sheet_name, index=False)
            sheet = writer.sheets[sheet_name]
            for row, column in formula_like:
                sheet.cell(row=row + 2, column=column + 1).data_type = "s"

    atomic_write(path, write)


def _excel_safe(frame: pd.DataFrame) -> pd.DataFrame:
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    cleaned = frame.copy()
    for column in cleaned.columns:
        if pd.api.types.is_string_dtype(cleaned[column].dtype):
            cleaned[column] = cleaned[column].str.replace(ILLEGAL_CHARACTERS_RE.pattern, "", regex=True)
    return cleaned


def _formula_like_cells(frame: pd.DataFrame) -> list[tuple[int, int]]:
    """(row, column) positions of text that openpyxl would otherwise store as a formula."""
    cells = []
    for column_index, column in enumerate(frame.columns):
        if pd.api.types.is_string_dtype(frame[column].dtype):
            rows = np.flatnonzero(_as_bool(frame[column].str.startswith("=")))
            cells.extend((int(row), column_index) for row in rows)
    return cells


# --------------------------------------------------------------------------- cache


class _FrameCache:
    """Values derived from a frame, kept while the frame lives (frames are unhashable, so by id).

    Thread-safe: a value being built by one thread is waited for, not built twice.
    """

    def __init__(self) -> None:
        self._entries: dict[int, tuple[weakref.ref, dict, dict]] = {}
        # Re-entrant: a garbage collection inside ``get`` may run ``forget`` on this thread.
        self._lock = threading.RLock()

    def get(self, frame: pd.DataFrame, key, build):
        with self._lock:
            entry = self._entries.get(id(frame))
            if entry is None or entry[0]() is not frame:
                entry = (weakref.ref(frame, self._forget(id(frame))), {}, {})
                self._entries[id(frame)] = entry
            _, values, key_locks = entry
            if key in values:
                return values[key]
            key_lock = key_locks.setdefault(key, threading.Lock())
        with key_lock:
            if key not in values:
                values[key] = build()
            return values[key]

    def _forget(self, frame_id: int):
        def forget(ref: weakref.ref) -> None:
            with self._lock:
                entry = self._entries.get(frame_id)
                if entry is not None and entry[0] is ref:
                    del self._entries[frame_id]

        return forget


_CACHE = _FrameCache()
