"""What the plots show, computed from the indicators frame without Qt.

The plot panel passes the full frame, the visible row ids (filtered, in the table's order), the
selected row id and a ``PlotState``; ``build_plot`` answers with a ``PlotData``: categories, series
of (position, value, row id) and notes, ready to draw. Every drawn mark keeps its row id so that a
click on it can select the row in the table.

Public API
----------
``PLOT_KINDS`` / ``KIND_LABELS``
    ``"unit_bars"`` (the visible indicators of one unit), ``"compare"`` (one indicator across
    subjects or sources), ``"years"`` (one indicator over years), ``"growth"`` (growth rates).
``PlotState``
    The user's choices as plain data (``to_dict``/``from_dict`` for saving). ``unit`` and
    ``indicator`` are ``None`` for "automatic": the selected row's, else the most frequent one.
``build_plot(frame, visible, state, selected=None, translate=None) -> PlotData``
    ``translate`` turns the English text templates (titles, notes, messages; ``KIND_LABELS``
    and ``GROWTH_KIND_LABELS`` values too) into the interface language.
``unit_choices(frame, visible)``, ``indicator_choices(frame, visible, kind)``
    The choices a chooser should list, most frequent first, as ``(name, row count)``.
``MAX_BARS``
    At most this many bars are drawn (the first ones in the table's order); a note says so.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any

import unicodedata

import numpy as np
import pandas as pd

PLOT_KINDS: tuple[str, ...] = ("unit_bars", "compare", "years", "growth")
KIND_LABELS: dict[str, str] = {
    "unit_bars": "Indicators of one unit",
    "compare": "One indicator across subjects",
    "years": "One indicator over years",
    "growth": "Growth rates",
}
MAX_BARS = 50
GROWTH_KIND_LABELS: dict[str, str] = {"yoy": "year on year", "avg_annual": "average annual"}
# Label parts are cut to these display widths (a Chinese character is two columns) so that the
# parts telling bars apart (year, source) still show on the axis.
_PART_WIDTHS = {"indicator": 20, "subject": 16, "year": 4, "source": 12}
_SEPARATOR = " · "
# A "multiple" growth (e.g. 20 times) is not a percentage: drawing it on a % axis would mislead.
_EXCLUDED_GROWTH_KINDS = ("multiple",)


class _Texts:
    """Texts in the interface language: a template is translated first, then filled in."""

    def __init__(self, translate: Callable[[str], str] | None):
        self._translate = translate or (lambda text: text)

    def __call__(self, template: str, **fields: Any) -> str:
        try:
            return self._translate(template).format(**fields)
        except (KeyError, IndexError, ValueError):  # a translation with broken {fields}
            return template.format(**fields)


@dataclass
class PlotState:
    """The plot the user asked for; ``None`` choices follow the selection / the data."""

    kind: str = "unit_bars"
    unit: str | None = None
    indicator: str | None = None
    log_scale: bool = False

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> PlotState:
        kind = data.get("kind", "unit_bars")
        return cls(
            kind=kind if kind in PLOT_KINDS else "unit_bars",
            unit=data.get("unit") or None,
            indicator=data.get("indicator") or None,
            log_scale=bool(data.get("log_scale", False)),
        )


@dataclass(frozen=True)
class Series:
    """Marks of one colour: bar ``positions`` are category indexes, line positions are years."""

    name: str
    positions: np.ndarray
    values: np.ndarray
    row_ids: np.ndarray


@dataclass
class PlotData:
    kind: str
    title: str = ""
    value_label: str = ""  # the value axis: a unit, or "%"
    categories: list[str] = field(default_factory=list)  # bar labels by position; empty for lines
    category_tips: list[str] = field(default_factory=list)  # the labels unshortened
    series: list[Series] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    message: str = ""  # why nothing is drawn
    unit: str = ""  # the resolved unit / indicator (what "automatic" chose)
    indicator: str = ""
    log_scale: bool = False

    @property
    def is_empty(self) -> bool:
        return not any(len(s.row_ids) for s in self.series)

    @property
    def row_ids(self) -> np.ndarray:
        if not self.series:
            return np.empty(0, dtype=np.int64)
        return np.concatenate([s.row_ids for s in self.series]).astype(np.int64)


# --------------------------------------------------------------------------- choices


# The columns a plot reads; copying only these keeps a redraw of 100,000 visible rows quick.
_PLOT_COLUMNS = ("source", "indicator", "value", "unit", "value_base", "base_unit", "year", "growth_pct",
                 "growth_kind", "subject")


def _visible_rows(
    frame: pd.DataFrame, visible: np.ndarray | None, columns: tuple[str, ...] = _PLOT_COLUMNS
) -> pd.DataFrame:
    """The visible rows in display order (only ``columns``), indexed by row id."""
    if visible is None:
        ids = np.arange(len(frame), dtype=np.int64)
    else:
        ids = np.asarray(visible, dtype=np.int64)
        ids = ids[(ids >= 0) & (ids < len(frame))]
    positions = [frame.columns.get_loc(c) for c in columns]
    return frame.iloc[ids, positions].set_axis(pd.Index(ids, dtype=np.int64))


def _counts(column: pd.Series) -> list[tuple[str, int]]:
    """Values with their counts, most frequent first, ties in order of first appearance."""
    codes, uniques = pd.factorize(column.to_numpy(dtype=object))  # uniques in order of appearance
    if not len(uniques):
        return []
    counts = np.bincount(codes[codes >= 0], minlength=len(uniques))
    order = np.argsort(-counts, kind="stable")
    return [(str(uniques[i]), int(counts[i])) for i in order if uniques[i] != ""]


def unit_choices(frame: pd.DataFrame, visible: np.ndarray | None) -> list[tuple[str, int]]:
    rows = _visible_rows(frame, visible, ("unit", "value"))
    return _counts(rows["unit"][rows["value"].notna()])


def indicator_choices(frame: pd.DataFrame, visible: np.ndarray | None, kind: str) -> list[tuple[str, int]]:
    """Indicators worth comparing: with more than one row (``compare``) or year (``years``)."""
    rows = _visible_rows(frame, visible, ("indicator", "value", "year"))
    rows = rows[rows["value"].notna() & (rows["indicator"] != "")]
    if kind == "years":
        rows = rows[rows["year"].notna()]
        years = rows.groupby("indicator", sort=False)["year"].nunique()
        return [(name, n) for name, n in _counts(rows["indicator"]) if years.get(name, 0) > 1]
    return [(name, n) for name, n in _counts(rows["indicator"]) if n > 1]


def _selected_row(rows: pd.DataFrame, selected: int | None) -> pd.Series | None:
    if selected is None or selected not in rows.index:
        return None
    return rows.loc[selected]


# --------------------------------------------------------------------------- labels


def display_width(text: str) -> int:
    """Width in half-width columns: a Chinese (wide) character counts two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def elide(text: str, max_width: int) -> str:
    """The text cut to ``max_width`` columns, ending in "…" when cut."""
    if display_width(text) <= max_width:
        return text
    kept, width = [], 1  # the ellipsis takes one column
    for ch in text:
        width += display_width(ch)
        if width > max_width:
            break
        kept.append(ch)
    return "".join(kept) + "…"


def _label_bars(data: PlotData, rows: pd.DataFrame, parts: list[str]) -> None:
    """Labels from the first part, plus the other parts only where they tell rows apart.

    With several parts each is shortened on its own, so a long name cannot push the year out;
    the tips keep the full text.
    """
    shown = [parts[0]] + [p for p in parts[1:] if rows[p].astype(str).nunique() > 1]
    data.categories, data.category_tips = [], []
    for _, row in rows.iterrows():
        bits = [_text(row[p], p) for p in shown]
        data.category_tips.append(_SEPARATOR.join(b for b in bits if b))
        if len(shown) > 1:
            bits = [elide(b, _PART_WIDTHS.get(p, 12)) for b, p in zip(bits, shown)]
        data.categories.append(_SEPARATOR.join(b for b in bits if b))


def _text(value: Any, column: str) -> str:
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    if column == "source":
        name = str(value).replace("\\", "/").rsplit("/", 1)[-1]
        return name.rsplit(".", 1)[0] if "." in name else name
    return str(value)


def _common_subject(rows: pd.DataFrame) -> str:
    """" · subject" for a title when all rows share one subject (the labels then leave it out)."""
    subjects = rows["subject"].unique()
    return f" · {subjects[0]}" if len(subjects) == 1 and subjects[0] else ""


def _cap(rows: pd.DataFrame, notes: list[str], t: _Texts) -> pd.DataFrame:
    if len(rows) > MAX_BARS:
        notes.append(t("Showing the first {shown} of {total} rows, in the table's order.", shown=MAX_BARS, total=len(rows)))
        return rows.iloc[:MAX_BARS]
    return rows


def _bars(rows: pd.DataFrame, values: np.ndarray, name: str = "") -> Series:
    return Series(
        name=name,
        positions=np.arange(len(rows), dtype=np.float64),
        values=np.asarray(values, dtype=np.float64),
        row_ids=rows.index.to_numpy(dtype=np.int64),
    )


def _apply_log(rows: pd.DataFrame, values: pd.Series, notes: list[str], t: _Texts) -> pd.DataFrame:
    positive = values > 0
    if not positive.all():
        notes.append(t("{count} rows with a value of zero or less left out of the log scale.", count=int((~positive).sum())))
    return rows[positive.to_numpy()]


# --------------------------------------------------------------------------- the plots


def build_plot(
    frame: pd.DataFrame,
    visible: np.ndarray | None,
    state: PlotState,
    selected: int | None = None,
    translate: Callable[[str], str] | None = None,
) -> PlotData:
    """The marks for ``state.kind`` over the visible rows; never raises on empty input.

    ``translate`` maps each English text template (before its ``{fields}`` are filled) to the
    interface language.
    """
    t = _Texts(translate)
    rows = _visible_rows(frame, visible)
    builder = {
        "unit_bars": _unit_bars,
        "compare": _compare,
        "years": _years,
        "growth": _growth,
    }.get(state.kind, _unit_bars)
    if rows.empty:
        return PlotData(kind=state.kind, title=t(KIND_LABELS.get(state.kind, "")), message=t("No rows to plot."))
    return builder(rows, state, _selected_row(rows, selected), t)


def _choose(choices: list[tuple[str, int]], wanted: str | None, selected_value: str | None) -> str | None:
    names = [name for name, _ in choices]
    for candidate in (wanted, selected_value):
        if candidate and candidate in names:
            return candidate
    return names[0] if names else None


def _unit_bars(rows: pd.DataFrame, state: PlotState, selected: pd.Series | None, t: _Texts) -> PlotData:
    data = PlotData(kind="unit_bars", log_scale=state.log_scale)
    rows = rows[rows["value"].notna()]
    choices = _counts(rows["unit"])
    unit = _choose(choices, state.unit, None if selected is None else selected["unit"])
    if unit is None:
        data.title = t(KIND_LABELS["unit_bars"])
        data.message = t("No visible row has a value with a unit.")
        return data
    if state.unit and state.unit != unit:
        data.notes.append(t("No visible row is in {wanted}; showing {unit}.", wanted=state.unit, unit=unit))
    rows = rows[rows["unit"] == unit]
    if state.log_scale:
        rows = _apply_log(rows, rows["value"], data.notes, t)
    rows = _cap(rows, data.notes, t)
    data.unit = unit
    data.value_label = unit
    data.title = t("Indicators in {unit}", unit=unit) + _common_subject(rows)
    if rows.empty:
        data.message = t("No row in {unit} can be drawn.", unit=unit)
        return data
    _label_bars(data, rows, ["indicator", "subject", "year", "source"])
    data.series = [_bars(rows, rows["value"].to_numpy())]
    return data


def _in_common_unit(rows: pd.DataFrame, unit: str, notes: list[str], t: _Texts) -> tuple[pd.DataFrame, np.ndarray]:
    """Values converted to ``unit`` through the base units; rows that cannot be converted are dropped."""
    same = rows["unit"] == unit
    reference = rows[same & rows["value_base"].notna() & (rows["value"] != 0)]
    if reference.empty:
        keep = same
        factor = None
    else:
        ref = reference.iloc[0]
        factor = ref["value_base"] / ref["value"]
        keep = same | ((rows["base_unit"] == ref["base_unit"]) & rows["value_base"].notna())
    dropped = int((~keep).sum())
    if dropped:
        notes.append(t("{count} rows in units that cannot be converted to {unit} left out.", count=dropped, unit=unit))
    rows = rows[keep.to_numpy()]
    if factor is None:
        return rows, rows["value"].to_numpy(dtype=np.float64)
    values = np.where(rows["unit"] == unit, rows["value"], rows["value_base"] / factor)
    return rows, values.astype(np.float64)


def _one_indicator(data: PlotData, rows: pd.DataFrame, state: PlotState, selected: pd.Series | None, t: _Texts,
                   no_indicator: str):
    """The rows of the chosen indicator in one unit, or None (with a message on ``data``) when none fits."""
    choices = indicator_choices(rows, None, data.kind)
    indicator = _choose(choices, state.indicator, None if selected is None else selected["indicator"])
    if indicator is None:
        data.title = t(KIND_LABELS[data.kind])
        data.message = t(no_indicator)
        return None
    rows = rows[rows["indicator"] == indicator]
    unit = _choose(_counts(rows["unit"]), None, None if selected is None else selected["unit"]) or ""
    rows, values = _in_common_unit(rows, unit, data.notes, t)
    data.unit, data.indicator, data.value_label = unit, indicator, unit
    return rows, values


def _compare(rows: pd.DataFrame, state: PlotState, selected: pd.Series | None, t: _Texts) -> PlotData:
    data = PlotData(kind="compare", log_scale=state.log_scale)
    rows = rows[rows["value"].notna() & (rows["indicator"] != "")]
    chosen = _one_indicator(data, rows, state, selected, t, "No indicator appears in more than one visible row.")
    if chosen is None:
        return data
    rows, values = chosen
    indicator = data.indicator
    if state.log_scale:
        positive = values > 0
        rows = _apply_log(rows, pd.Series(values), data.notes, t)
        values = values[positive]
    if len(rows) > MAX_BARS:
        values = values[:MAX_BARS]
    rows = _cap(rows, data.notes, t)
    data.title = t("{indicator} by subject", indicator=indicator)
    if rows.empty:
        data.message = t("No row of {indicator} can be drawn.", indicator=indicator)
        return data
    _label_bars(data, rows, ["subject", "year", "source"])
    data.series = [_bars(rows, values)]
    return data


def _years(rows: pd.DataFrame, state: PlotState, selected: pd.Series | None, t: _Texts) -> PlotData:
    data = PlotData(kind="years")
    rows = rows[rows["value"].notna() & rows["year"].notna() & (rows["indicator"] != "")]
    chosen = _one_indicator(data, rows, state, selected, t, "No indicator has values for more than one year.")
    if chosen is None:
        return data
    rows, values = chosen
    rows = rows.assign(_plot_value=values)
    data.title = t("{indicator} over years", indicator=data.indicator)
    for subject, group in rows.groupby("subject", sort=False):
        group = group.sort_values("year", kind="stable")
        data.series.append(
            Series(
                name=str(subject),
                positions=group["year"].to_numpy(dtype=np.float64),
                values=group["_plot_value"].to_numpy(dtype=np.float64),
                row_ids=group.index.to_numpy(dtype=np.int64),
            )
        )
    return data


def _growth(rows: pd.DataFrame, state: PlotState, selected: pd.Series | None, t: _Texts) -> PlotData:
    data = PlotData(kind="growth", value_label="%")
    rows = rows[rows["growth_pct"].notna()]
    excluded = rows["growth_kind"].isin(_EXCLUDED_GROWTH_KINDS)
    if excluded.any():
        data.notes.append(
            t("{count} growth rates given as a multiple (not a percentage) left out.", count=int(excluded.sum()))
        )
    rows = _cap(rows[~excluded.to_numpy()], data.notes, t)
    data.title = t("Growth rates") + _common_subject(rows)
    if rows.empty:
        data.message = t("No visible row has a growth rate.")
        return data
    _label_bars(data, rows, ["indicator", "subject", "year", "source"])
    positions = np.arange(len(rows), dtype=np.float64)
    for kind, mask in rows.groupby("growth_kind", sort=False).groups.items():
        picked = rows.index.isin(mask)
        data.series.append(
            Series(
                name=t(GROWTH_KIND_LABELS[kind]) if kind in GROWTH_KIND_LABELS else str(kind) or t("growth"),
                positions=positions[picked],
                values=rows["growth_pct"].to_numpy(dtype=np.float64)[picked],
                row_ids=rows.index.to_numpy(dtype=np.int64)[picked],
            )
        )
    return data
