"""Figures in the tables of statistical communiqués, where the unit stands in the row's label:

    指标 绝对数 比上年增长(%)
    地区生产总值（亿元） 5432.1 5.6

The reader writes one table row per line, cells separated by spaces. A row whose label carries a
unit in brackets and whose next cell is a bare number is an indicator; when the table's header
speaks of growth (增长), the cell after that number is the row's growth rate.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

NUMBER = r"-?\d+(?:,\d{3})*(?:\.\d+)?"
TABLE_ROW_RE = re.compile(
    rf"^(?P<name>[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9·、]{{1,29}}?)\s*[(（](?P<unit>[^()（）\d\s]{{1,8}})[)）]"
    rf"\s+(?P<value>{NUMBER})(?:\s+(?P<second>{NUMBER}))?\s*$",
    re.MULTILINE,
)
GROWTH_HEADER_RE = re.compile(r"增长|增速|增幅")
YOY_HEADER_RE = re.compile(r"比上年|同比|比去年")


@dataclass(slots=True)
class TableRow:
    name: str
    unit: str
    value: float
    growth_pct: float | None
    growth_kind: str
    start: int  # span of the value cell
    end: int


def table_rows(text: str) -> list[TableRow]:
    """Every table row of ``text`` (normalised) that states a figure, in text order."""
    if "(" not in text and "（" not in text:
        return []
    rows = []
    for match in TABLE_ROW_RE.finditer(text):
        header = _header_line(text, match.start())
        has_growth = match["second"] is not None and GROWTH_HEADER_RE.search(header) is not None
        rows.append(
            TableRow(
                name=match["name"],
                unit=match["unit"],
                value=float(match["value"].replace(",", "")),
                growth_pct=float(match["second"]) if has_growth else None,
                growth_kind=("yoy" if YOY_HEADER_RE.search(header) or "年均" not in header else "avg_annual")
                if has_growth else "",
                start=match.start("value"),
                end=match.end("value"),
            )
        )
    return rows


def _header_line(text: str, row_start: int) -> str:
    """The nearest line above the table's rows (its header), or ''."""
    end = row_start - 1
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if not TABLE_ROW_RE.fullmatch(line):
            return line
        end = start - 1
    return ""
