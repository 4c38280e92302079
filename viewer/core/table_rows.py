"""Figures in the tables of statistical communiqués and 主要经济指标 pages. The unit stands either in
the row's label or in a column of its own:

    指标 绝对数 比上年增长(%)              指标名称 单位 1-12月 同比增长(%)
    地区生产总值（亿元） 5432.1 5.6         地区生产总值 亿元 856.3 6.1
                                            规模以上工业增加值 亿元 — 8.2

The reader writes one table row per line, cells separated by spaces. A row whose label carries a
unit (in brackets, or in the next cell) followed by a bare number is an indicator; when the table's
header speaks of growth (增长), the cell after that number is the row's growth rate. A row whose
level is missing (—) but whose growth is given is a rate of its own, as in running text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from viewer.core.numerals import parse_arabic
from viewer.core.units import RATIO_UNITS, unit_pattern

NUMBER = r"-?\d+(?:,\d{3})*(?:\.\d+)?"
# 其中：第一产业 / #第一产业: the sub-rows of a table name the part without its marker.
ROW_MARKER = r"[ \t\u3000]*(?:其中[:：]?|[#＃*])?[ \t\u3000]*"
CELL_GAP = r"[ \t\u3000]+"
NAME = r"(?P<name>[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9·、]{1,29}?)"
MISSING = r"[—–\-/…]{1,2}"
# The figures of a row: one to eight cells, numbers or a dash for a figure not given.
CELLS = rf"(?P<cells>(?:{CELL_GAP}(?:{NUMBER}%?|{MISSING}))" + r"{1,8})[ \t\u3000]*$"
CELL_RE = re.compile(rf"(?P<number>{NUMBER})%?|{MISSING}")
TABLE_ROW_RE = re.compile(
    rf"^{ROW_MARKER}{NAME}\s*[(（](?P<unit>[^()（）\d\s]{{1,8}})[)）]{CELLS}", re.MULTILINE
)
UNIT_COLUMN_ROW_RE = re.compile(rf"^{ROW_MARKER}{NAME}{CELL_GAP}(?P<unit>{unit_pattern()}){CELLS}", re.MULTILINE)
# 产业 规模以上企业(家) 产值(亿元) 同比增长(%): each column's measure and unit in the header.
PLAIN_ROW_RE = re.compile(rf"^{ROW_MARKER}{NAME}{CELLS}", re.MULTILINE)
HEADER_UNIT_CELL_RE = re.compile(r"(?P<measure>[^()（）\d\s]{0,12}?)[(（](?P<unit>[^()（）\d\s]{1,6})[)）]")
UNITS_IN_HEADER_RE = re.compile(r"[(（][^()（）\d\s]{1,6}[)）][ \t\u3000]+\S*[(（][^()（）\d\s]{1,6}[)）]")
GROWTH_HEADER_RE = re.compile(r"增长|增速|增幅")
YOY_HEADER_RE = re.compile(r"比上年|同比|比去年")
# 指标 2021年 2022年 2023年: a table whose columns are years.
HEADER_YEAR_RE = re.compile(r"(?<!\d)((?:19|20)\d\d)(?:年(?:度|末|底)?)?(?![\d\-—~至月])")


@dataclass(slots=True)
class TableRow:
    name: str
    unit: str
    value: float
    growth_pct: float | None
    growth_kind: str
    start: int  # span of the value cell
    end: int
    year: int | None = None  # the year of the cell's column, when the header gives it
    row_start: int = 0  # span of the whole table row (its cells are not figures of the text)
    row_end: int = 0


def table_rows(text: str) -> list[TableRow]:
    """Every table row of ``text`` (normalised) that states a figure, in text order."""
    rows: list[TableRow] = []
    if "(" in text or "（" in text:
        for match in TABLE_ROW_RE.finditer(text):
            rows.extend(_from_match(text, match))
    if "单位" in text:  # a unit column has a header that says so
        for match in UNIT_COLUMN_ROW_RE.finditer(text):
            rows.extend(_from_match(text, match))
    if rows or UNITS_IN_HEADER_RE.search(text):
        taken = {row.row_start for row in rows}
        for match in PLAIN_ROW_RE.finditer(text):
            if match.start() not in taken:
                rows.extend(_from_columns(text, match))
    rows.sort(key=lambda row: row.start)
    return rows


def _from_columns(text: str, match: re.Match) -> list[TableRow]:
    """A row of bare numbers under a header naming each column's measure and unit:
    产业 规模以上企业(家) 产值(亿元) 同比增长(%) / 先进装备制造 286 1526.4 9.8."""
    columns = _header_line(text, match.start()).split()[1:]
    cells = [(cell.start(), cell.end(), cell["number"]) for cell in CELL_RE.finditer(text, *match.span("cells"))]
    if len(columns) != len(cells):
        return []
    found = []
    for index, (column, (start, end, number)) in enumerate(zip(columns, cells)):
        header = HEADER_UNIT_CELL_RE.fullmatch(column)
        if header is None or number is None or GROWTH_HEADER_RE.search(column):
            continue
        growth, kind = None, ""
        following = columns[index + 1] if index + 1 < len(columns) else ""
        if GROWTH_HEADER_RE.search(following) and cells[index + 1][2] is not None:
            growth = parse_arabic(cells[index + 1][2])
            kind = "avg_annual" if "年均" in following else "yoy"
        found.append(TableRow(match["name"] + header["measure"], header["unit"], parse_arabic(number), growth, kind,
                              start, end, None, *match.span()))
    return found


def _from_match(text: str, match: re.Match) -> list[TableRow]:
    header = _header_line(text, match.start())
    cells = [(cell.start(), cell.end(), cell["number"]) for cell in CELL_RE.finditer(text, *match.span("cells"))]
    name, unit = match["name"], match["unit"]
    years = [int(year) for year in HEADER_YEAR_RE.findall(header)]
    row_start, row_end = match.span()
    if len(years) >= 2 and len(years) == len(cells):  # one figure per year
        return [TableRow(name, unit, parse_arabic(number), None, "", start, end, year, row_start, row_end)
                for (start, end, number), year in zip(cells, years) if number is not None]
    year = years[0] if len(years) == 1 else None  # 指标 2021年 增长: the figures' column
    (value_start, value_end, value), *others = cells
    second = others[0] if others else None
    growth = None
    if second is not None and second[2] is not None and GROWTH_HEADER_RE.search(header) and unit not in RATIO_UNITS:
        growth = parse_arabic(second[2])  # (beside a share, the second number is a change in points)
    kind = ("yoy" if YOY_HEADER_RE.search(header) or "年均" not in header else "avg_annual") if growth is not None else ""
    if value is None:  # 规模以上工业增加值 亿元 — 8.2: only the rate is given
        if growth is None:
            return []
        return [TableRow(name + ("年均增速" if kind == "avg_annual" else "增速"), "%", growth, growth, kind,
                         second[0], second[1], year, row_start, row_end)]
    return [TableRow(name, unit, parse_arabic(value), growth, kind, value_start, value_end, year, row_start, row_end)]


def _header_line(text: str, row_start: int) -> str:
    """The nearest line above the table's rows (its header), or ''."""
    end = row_start - 1
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if not (TABLE_ROW_RE.fullmatch(line) or UNIT_COLUMN_ROW_RE.fullmatch(line) or PLAIN_ROW_RE.fullmatch(line)):
            return line
        end = start - 1
    return ""
