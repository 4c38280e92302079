"""Figures in the tables of statistical communiqués and 主要经济指标 pages. The unit stands either in
the row's label or in a column of its own:

    指标 绝对数 比上年增长(%)              指标名称 单位 1-12月 同比增长(%)
    地区生产总值（亿元） 5432.1 5.6         地区生产总值 亿元 856.3 6.1
                                            规模以上工业增加值 亿元 — 8.2

The reader writes one table row per line, cells separated by spaces. A row whose label carries a
unit (in brackets, or in the next cell), or whose header gives its columns' units, states figures.
When the row's cells line up with the header's columns, each cell is what its column says: a figure
(of the column's year, if it names one), the growth rate of the figure column before it (增长, 增速, 同比, ±%),
or neither (上年同期, a change in points). When they do not, the first cell is the figure and, if the
header speaks of growth, the next one its rate. A row whose figure is missing (—) but whose growth
is given is a rate of its own, as in running text. The header is the nearest line above the rows that is
neither a row nor a section's heading (一、工业, one cell across the table); of a header in two lines
(指标 单位 1-10月 / 绝对值 同比增长(%)) the lower one heads the figures, and where the reader laid the two out in the
table's grid (a cell over each column in both) the upper one adds what it names: 营业总收入 over 金额（亿元）,
2023年 over 绝对值.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from viewer.core.figures import PREFIX_QUALIFIERS, SUFFIX_QUALIFIER_PATTERN, SUFFIX_QUALIFIERS
from viewer.core.naming import PLACE_PART_RE, of_place_part, rate_suffix
from viewer.core.numerals import parse_arabic
from viewer.core.units import POINTS_UNITS, RATIO_UNITS, unit_pattern, unit_regex
from viewer.core.vocabulary import PLACE_PART, WHOLE_PLACE

NUMBER = r"-?\d+(?:,\d{3})*(?:\.\d+)?"
# 其中：第一产业 / #第一产业 / 一、税收收入 / （二）非税收入: the sub-rows of a table name the part without its marker
# or number (not 一、二产业, whose 一 is a part of the name).
ROW_MARKER = (r"[ \t\u3000]*(?:其中[:：]?|[#＃*]|[一二三四五六七八九十]{1,3}、(?![一二三四五六七八九十]、)"
              r"|[(（][一二三四五六七八九十]{1,3}[)）])?[ \t\u3000]*")
CELL_GAP = r"[ \t\u3000]+"
# 排名 县（市、区） 签约项目（个） / 1 东湖区 78: a rank or serial number before the label, the row's place in the
# table and no figure; a row opens with one only under a header whose first column is such a column.
RANK_CELL = r"(?:(?P<rank>\d{1,3})[ \t\u3000]+)?"
RANK_COLUMN_RE = re.compile(r"排名|排序|名次|位次|序号|编号")
# 0-14岁, 60岁及以上, 5A级景区: a label may open with a number (an age band, a grade), not one of a period (2023年,
# 1-5月, 3季度), which heads a column or a paragraph rather than naming a row.
NUMBER_OPENING = r"\d{1,4}(?:[\-~～至]\d{1,4})?(?![\d年月日号时季])(?=[\u4e00-\u9fffA-Za-z])"
# R&D经费投入强度, 研发（R&D）经费: Latin letters joined by &, or an abbreviation in brackets within the label (not a unit
# in brackets, which a cell gap follows).
LABEL_ABBREVIATION = r"[(（][A-Za-z&]{1,8}[)）](?=[\u4e00-\u9fff])"
NAME = (rf"(?P<name>(?:{NUMBER_OPENING}|[\u4e00-\u9fffA-Za-z])"
        rf"(?:[\u4e00-\u9fffA-Za-z0-9·、&]|{LABEL_ABBREVIATION}){{1,29}}?)")
# 地区生产总值（一季度）, 存款余额（5月末）: a period or a note after the label, no part of the row's name.
NOTE = r"(?:\s*[(（][^()（）\s]{1,12}[)）])?"
MISSING = r"[—–―\-/…]{1,2}"
# 7左右, 约10.5, 9以上: a target given about, at least or at most.
CELL_PREFIX_QUALIFIER = "约|超过|不低于|不少于|不超过|不高于"
QUALIFIED_NUMBER = rf"(?:{CELL_PREFIX_QUALIFIER})?{NUMBER}%?(?:{SUFFIX_QUALIFIER_PATTERN})?"
# The figures of a row: one to eight cells, numbers or a dash for a figure not given.
CELLS = rf"(?P<cells>(?:{CELL_GAP}(?:{QUALIFIED_NUMBER}|{MISSING}))" + r"{1,8})[ \t\u3000]*$"
CELL_RE = re.compile(
    rf"(?P<prefix>{CELL_PREFIX_QUALIFIER})?(?P<figure>(?P<number>{NUMBER})%?)(?P<suffix>{SUFFIX_QUALIFIER_PATTERN})?"
    rf"|{MISSING}"
)
TABLE_ROW_RE = re.compile(
    rf"^{RANK_CELL}{ROW_MARKER}{NAME}{NOTE}\s*[(（](?P<unit>[^()（）\d\s]{{1,8}})[)）]{CELLS}", re.MULTILINE
)
# What a bracket that is not a known unit holds when it is a period or a note: 一季度, 年末, 余额, 不含农户.
NOTE_WORDS_RE = re.compile(r"季度|半年|[全本当上]年|年[末底初]|月|[本当]期|期[末初]|余额|[累合]计|含|以[上下]")
UNIT_COLUMN_ROW_RE = re.compile(rf"^{RANK_CELL}{ROW_MARKER}{NAME}{NOTE}{CELL_GAP}(?P<unit>{unit_pattern()}){CELLS}", re.MULTILINE)
# Bare cells, measured by their columns (产业 规模以上企业(家) 产值(亿元) 同比增长(%)) or by the table (单位：亿元).
PLAIN_ROW_RE = re.compile(rf"^{RANK_CELL}{ROW_MARKER}{NAME}{NOTE}{CELLS}", re.MULTILINE)
# A column's header: what it measures, then its own unit if it has one (产值(亿元), 2023年, 同比增长(%)), or a bare
# per cent sign (完成预算%, 比上年增长%).
COLUMN_RE = re.compile(r"(?P<label>.*?)(?:[(（](?P<unit>[^()（）\d\s]{1,6})[)）]|(?P<percent>[%％]))?")
UNITS_IN_HEADER_RE = re.compile(r"[(（][^()（）\d\s]{1,6}[)）][ \t\u3000]+\S*[(（][^()（）\d\s]{1,6}[)）]")
# 同比增长(%), 增速, 同比±%, 增减%, 同比(%), 比上年同期±%: a column of growth rates.
GROWTH_HEADER_RE = re.compile(r"增长|增速|增幅|增减|涨跌|涨幅|±|同比|[比较](?:上|去)年")
YOY_HEADER_RE = re.compile(r"比上年|同比|比去年")
UNIT_COLUMN_RE = re.compile(r"(?:计量)?单位")
# 指标 本期 上年同期 增长(%): the base figure of the rate, not the row's.
PREVIOUS_PERIOD_RE = re.compile(r"上年|去年|同期")
# 城镇化率, 占比: a share, whose change is in points; 固定资产投资 % — 5.1 gives a growth rate alone.
RATIO_NAME_RE = re.compile(r"(?:率|比重|占比|比例)$")
# 全年目标, 2024年目标, 目标值, 年度计划: a column of the row's aims (not 完成目标比例, 目标完成率: how much was done).
TARGET_COLUMN_RE = re.compile(r"(?:目标|计划)(?:值|数)?$")
# 指标 全市 城镇居民 农村居民: a column of the whole place (全市, 合计), whose figure is the row's, or of a part of
# it, whose figure is the row's measure of that part (城镇居民人均可支配收入).
WHOLE_PLACE_COLUMN = rf"{WHOLE_PLACE}|合计|总计|全体居民"
# 2023年, 1-5月, 本月, 累计, 绝对数, 金额, 全市, 城镇: columns that give the row's figure (for some period, or some
# part of the place) and measure nothing else.
FIGURE_COLUMN_RE = re.compile(
    r"(?:(?:19|20)\d\d年?|\d{1,2}(?:[\-~至]\d{1,2})?月份?|[一二三四]季度|[上下]半年|[本当全]年|本月|当月|本期|年[末底]|"
    rf"累计|绝对[数值额]|数值|数额|数量|金额|总量|{WHOLE_PLACE_COLUMN}|{PLACE_PART})+"
)
# 园区, 园区名称, 地区, 县（市、区）, 各区（县、市）: the header of a column of places, each row a place's figures.
PLACE_COLUMN_RE = re.compile(
    r"(?:各|所属)?(?:园区|开发区|高新区|产业园区?|地区|区域|县|市|区|县区|区县|市县|县市区|市州|城市|乡镇|街道)"
    r"(?:[(（][市县区州旗、]{1,6}[)）])?(?:名称|别)?"
)
# 全市, 合计: the row of the whole place, whose figures are the article's subject's.
WHOLE_ROW_RE = re.compile(rf"{WHOLE_PLACE}|全[国部]|合计|总计|小计|其[他它]|平均")
# 金额（亿元）, 绝对值: a column of the figure of what the header's line above names (营业总收入).
AMOUNT_COLUMN_RE = re.compile(r"绝对[数值额]|数值|数额|数量|金额|总量")
# 表4 2023年居民消费价格比上年涨跌幅度: a caption, one line of words and no sentence.
SENTENCE_PUNCTUATION_RE = re.compile(r"[，。；！？,;]")
# 单位：亿元, （单位：万元）, 计量单位:万人: the unit of a whole table, in its caption or header; not 主办单位：….
TABLE_UNIT = r"[(（]?(?<![^\s(（])(?:计量)?单位\s*[:：]\s*(?P<unit>{units})\s*[)）]?(?![^\s,，;；。])"
# 一、工业, （二）投资, 其中：: a section of the table's rows, named in one cell across the table (no sentence).
SECTION_HEADING_RE = re.compile(r"[^\s，。；！？,;]{1,20}")
# 绝对值 同比增长(%), 房地产开发投资 亿元 402.66 -8.7: a table's line, of two cells or more.
CELLS_LINE_RE = re.compile(r"[^\s，。；！？,;]+(?:[ \t\u3000]+[^\s，。；！？,;]+)+")
# 本月, 10月, 1-10月, 一季度: the period a column's figures are of, named before the row's metric.
PERIOD_LABEL_RE = re.compile(r"(?:(?:19|20)\d\d年)?(?:\d{1,2}(?:[\-~至]\d{1,2})?月份?|[本当]月|本期|[一二三四]季度|[上下]半年)")
BARE_YEAR_RE = re.compile(r"(?:19|20)\d\d")
# 指标 2021年 2022年 2023年, 2023年比上年增长: the year of a column.
HEADER_YEAR_RE = re.compile(r"(?<!\d)((?:19|20)\d\d)(?:年(?:度|末|底)?)?(?![\d\-—~至月])")


@lru_cache(maxsize=1)
def _table_unit_re() -> re.Pattern:
    """Compiled when a text first speaks of 单位, not whenever this module loads."""
    return re.compile(TABLE_UNIT.format(units=unit_pattern()))


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
    qualifier: str = ""  # approx for 7左右, over for 9以上
    label_start: int | None = None  # where the label starts, after a rank cell (1 东湖区 78: the row is of 东湖区)
    place: str = ""  # the row's label, in a table whose rows are places (园区名称 …: 淮州新城 286.4 is 淮州新城's)


def table_rows(text: str) -> list[TableRow]:
    """Every table row of ``text`` (normalised) that states a figure, in text order."""
    rows: list[TableRow] = []
    if "(" in text or "（" in text:
        for match in TABLE_ROW_RE.finditer(text):
            if not _is_note(match["unit"]):  # 地区生产总值（一季度） 812.36 5.2 is a plain row
                rows.extend(_row_figures(text, match, match["unit"]))
    units_named = "单位" in text  # in a unit column's header, or as the table's unit (单位：亿元)
    if units_named:
        for match in UNIT_COLUMN_ROW_RE.finditer(text):
            rows.extend(_row_figures(text, match, match["unit"], unit_cell=True))
    if rows or units_named or UNITS_IN_HEADER_RE.search(text):
        taken = {row.row_start for row in rows}
        for match in PLAIN_ROW_RE.finditer(text):
            if match.start() not in taken:
                rows.extend(_row_figures(text, match, ""))
    rows.sort(key=lambda row: row.start)
    return rows


def _is_note(bracketed: str) -> bool:
    return not unit_regex().fullmatch(bracketed) and NOTE_WORDS_RE.search(bracketed) is not None


def _row_figures(text: str, match: re.Match, unit: str, unit_cell: bool = False) -> list[TableRow]:
    """The figures of one row: cell by cell under the header's columns when they line up, else by position."""
    if not unit and _names_years(match[0]):
        return []  # the header, not a row
    header_start, header_line = _header_line(text, match.start())
    header = _under_line_above(header_line, _line_before(text, header_start))
    if match["rank"] is not None:
        if not _opens_with_rank_column(header):
            return []  # 1 东湖区 78 586.4 under no 排名 column: a line of numbers, no row
        header = header.split(maxsplit=1)[1]
    cells = [(*_figure_span(cell), cell["number"], _cell_qualifier(cell))
             for cell in CELL_RE.finditer(text, *match.span("cells"))]
    columns = _columns(header, len(cells), unit_cell)
    if len(columns) == len(cells):
        table_unit = "" if unit else _table_unit(text, header_start, header_line)
        rates = table_unit == "%" and _caption_speaks_of_growth(text, header_start)
        rows = _by_column(match, unit, table_unit, columns, cells, rates)
    else:
        rows = _by_position(match, unit, header, cells) if unit else []
    if match["rank"] is not None:
        for row in rows:
            row.label_start = match.start("name")
    if rows and _heads_places(header):
        place = _place_of_row(match["name"])
        for row in rows:
            row.place = place
    return rows


def _heads_places(header: str) -> bool:
    """园区名称 营业收入（亿元） …, 地区 …, 县（市、区） …: a header whose labels' column lists places."""
    return PLACE_COLUMN_RE.fullmatch(header.split(maxsplit=1)[0] if header else "") is not None


def _place_of_row(name: str) -> str:
    """The place a row of a table of places is of: its label, but 全市 and 合计 are the whole the article is about."""
    return "" if WHOLE_ROW_RE.fullmatch(name) else name


def _under_line_above(header: str, above: str) -> str:
    """The header's columns with what the line above says of each, when the two are one header laid out in the
    table's grid (a cell over each column, the labels' column in both): 园区 营业总收入 营业总收入 / 园区 金额（亿元）
    增长（%） -> 园区 营业总收入(亿元) 营业总收入增长(%); 指标 单位 2023年 2023年 / 指标 单位 绝对值 增长% -> 指标 单位
    2023年 2023年增长(%)."""
    columns, over = header.split(), above.split()
    if len(over) != len(columns) or over == columns or over[0] != columns[0]:
        return header
    return " ".join(_column_under(upper, lower) for upper, lower in zip(over, columns))


def _column_under(upper: str, lower: str) -> str:
    """One column of a header in two lines: what the upper cell names, then the lower one's words (not 金额, 绝对值,
    which say only that the figure is the upper one's) and its unit, else the upper's unless the column is of rates."""
    if upper == lower:
        return lower
    high, low = COLUMN_RE.fullmatch(upper), COLUMN_RE.fullmatch(lower)
    label = "" if AMOUNT_COLUMN_RE.fullmatch(low["label"]) else low["label"]
    unit = _unit_of(low) or (None if GROWTH_HEADER_RE.search(label) else _unit_of(high))
    return high["label"] + label + (f"({unit})" if unit else "")


def _opens_with_rank_column(header: str) -> bool:
    """排名 县（市、区） 签约项目（个）: a header whose first column ranks or numbers the rows (and is not all)."""
    columns = header.split(maxsplit=1)
    return len(columns) == 2 and RANK_COLUMN_RE.fullmatch(columns[0]) is not None


def _figure_span(cell: re.Match) -> tuple[int, int]:
    """The span of a cell's number (with its %), without its qualifier; a dash's own."""
    return cell.span("figure") if cell["figure"] is not None else cell.span()


def _cell_qualifier(cell: re.Match) -> str:
    """7左右 -> approx, 约10.5 -> approx, 9以上 -> over, 7.2 -> ''."""
    if cell["suffix"]:
        return SUFFIX_QUALIFIERS[cell["suffix"]]
    return PREFIX_QUALIFIERS[cell["prefix"]] if cell["prefix"] else ""


def _table_unit(text: str, header_start: int, header: str) -> str:
    """单位：亿元 in the table's header, or in its caption or a line just above (title and unit may each have one)."""
    units = _table_unit_re().findall(text, _caption_start(text, header_start), header_start + len(header))
    return units[-1] if units else ""


def _caption_start(text: str, header_start: int) -> int:
    """Where the two lines above the table's header start: its title and its unit (表4 … / 单位：%)."""
    above = header_start
    for _ in range(2):
        if above:
            above = text.rfind("\n", 0, above - 1) + 1
    return above


def _caption_speaks_of_growth(text: str, header_start: int) -> bool:
    """表4 2023年居民消费价格比上年涨跌幅度 / 单位：%: a title of changes over the cells of the table."""
    lines = text[_caption_start(text, header_start):header_start].splitlines()
    return any(GROWTH_HEADER_RE.search(line) and not SENTENCE_PUNCTUATION_RE.search(line) for line in lines)


def _columns(header: str, count: int, unit_cell: bool) -> list[str]:
    """The header's columns over a row's ``count`` figures: not the label's, nor the unit's when the row has a
    unit cell."""
    if "单位" in header:
        header = _table_unit_re().sub(" ", header)
    columns = header.split()
    if not (len(columns) == count and _names_figures(columns[0])):
        del columns[:_label_columns(columns)]
    if unit_cell:
        unit_column = next((i for i, column in enumerate(columns) if UNIT_COLUMN_RE.fullmatch(column)), None)
        if unit_column is not None:
            del columns[unit_column]
    return columns


def _label_columns(columns: list[str]) -> int:
    """The header's columns over the rows' labels: the first, and those repeating it (指标 指标 绝对值 增长%: the
    reader lays out a header cell spanning the label's and the unit's columns in both)."""
    count = 1
    while count < len(columns) and columns[count] == columns[0]:
        count += 1
    return count


def _by_column(match: re.Match, row_unit: str, table_unit: str, columns: list[str],
               cells: list[tuple], rates: bool = False) -> list[TableRow]:
    """产业 规模以上企业(家) 产值(亿元) 同比增长(%) / 先进装备制造 286 1526.4 9.8: each cell as its column says;
    a growth column is the rate of the figure column before it (or of the one of its year). Under a caption of
    changes in per cent (``rates``), the figure columns are rates too."""
    heads = [COLUMN_RE.fullmatch(column) for column in columns]
    head_units = [_unit_of(head) for head in heads]
    kinds = [_column_kind(column, unit) for column, unit in zip(columns, head_units)]
    if rates:
        kinds = ["growth" if kind == "level" and unit is None else kind for kind, unit in zip(kinds, head_units)]
    years = [_year_of(column) for column in columns]
    levels = [index for index, kind in enumerate(kinds) if kind == "level"]
    # 单位：亿元 / 产业 产值 同比增长(%): a header with a growth column is a table's, so the table's unit
    # measures its columns of measures (产值) too, not only its columns of periods
    measured = bool(table_unit) and "growth" in kinds
    units = {index: head_units[index] or row_unit or _figure_column_unit(heads[index], table_unit, measured)
             for index in levels}
    name = match["name"]
    names = {index: _of_place_part(name, heads[index]["label"]) + _measure(heads[index], measured) for index in levels}
    given = [index for index in levels if cells[index][2] is not None]
    if len({names[index] for index in given}) < len(given) and len({years[index] for index in given}) < len(given):
        names = {index: _of_period(names[index], heads[index]["label"]) for index in levels}  # 本月 累计
    found: dict[int, TableRow] = {}
    for index in levels:
        start, end, number, qualifier = cells[index]
        if number is not None and units[index]:
            found[index] = TableRow(names[index], units[index], parse_arabic(number), None, "",
                                    start, end, years[index], *match.span(), qualifier)
    _name_targets(found, heads, kinds, cells, levels)
    rates = []
    for index, kind in enumerate(kinds):
        start, end, number, _ = cells[index]
        if kind != "growth" or number is None:
            continue
        level = _level_of_growth(index, levels, years, units)
        level = _given_period_of_measure(level, index, found, names, years)
        row = found.get(level)
        if units.get(level) in RATIO_UNITS and (row is not None or RATIO_NAME_RE.search(name)):
            continue  # 城镇化率 % 66.3 0.8: beside a share the change is in points
        growth, growth_kind = parse_arabic(number), _growth_kind(columns[index])
        if row is not None:
            row.growth_pct, row.growth_kind = growth, growth_kind
        else:  # 规模以上工业增加值 亿元 — 8.2: only the rate is given
            year = years[level] if level is not None and years[level] else years[index]
            rate_name = names[level] if level is not None else _of_place_part(name, heads[index]["label"])
            rates.append(TableRow(rate_name + rate_suffix(growth_kind), "%", growth, growth, growth_kind,
                                  start, end, year, *match.span()))
    return [*found.values(), *rates]


def _name_targets(found: dict[int, TableRow], heads: list[re.Match], kinds: list[str], cells: list[tuple],
                  levels: list[int]) -> None:
    """指标 单位 完成值 增速(%) 全年目标: a target column's figure is the row's aim, named as prose names aims
    (营业总收入目标); in a row of a rate alone (规模以上工业增加值 % — 8.9 9) the aim in per cent is the rate's
    (规模以上工业增加值增速目标 9, as 增长9%左右的目标 is)."""
    targets = [index for index in found if TARGET_COLUMN_RE.search(heads[index]["label"])]
    if not targets:
        return
    results_given = any(cells[index][2] is not None for index in levels if index not in targets)
    rate_given = any(kind == "growth" and cell[2] is not None for kind, cell in zip(kinds, cells))
    for index in targets:
        row = found[index]
        if row.unit == "%" and rate_given and not results_given and not RATIO_NAME_RE.search(row.name):
            row.name += rate_suffix("yoy")
            row.growth_pct, row.growth_kind = row.value, "yoy"
        if not row.name.endswith("目标"):
            row.name += "目标"


def _of_place_part(name: str, label: str) -> str:
    """指标 全市 城镇居民 农村居民: the figure of a part of the place is named by it (城镇居民人均可支配收入)."""
    return of_place_part(label, name) if PLACE_PART_RE.fullmatch(label) else name


def _of_period(name: str, label: str) -> str:
    """指标 本月 累计: figures of one row for two periods of the same year are told apart by their columns'
    periods (本月规模以上工业增加值, 规模以上工业增加值累计)."""
    if PERIOD_LABEL_RE.fullmatch(label):
        return label + name
    return name + "累计" if "累计" in label else name


def _names_figures(column: str) -> bool:
    """A header whose first column gives figures has none over the labels: 单位：亿元 2021年 2022年 (the corner
    held the unit), or 绝对值 同比增长(%) under 指标 单位 1-10月 (the labels' header spans both lines)."""
    return _year_of(column) is not None or FIGURE_COLUMN_RE.fullmatch(COLUMN_RE.fullmatch(column)["label"]) is not None


def _column_kind(column: str, unit: str | None) -> str:
    """level: a figure of the row; growth: its rate; other: the unit, a figure of the previous period, a change
    in points."""
    if unit in POINTS_UNITS:
        return "other"
    if GROWTH_HEADER_RE.search(column) and unit in (None, "%"):  # 增减(亿元) is a change, not a rate
        return "growth"
    if UNIT_COLUMN_RE.fullmatch(column) or PREVIOUS_PERIOD_RE.search(column):
        return "other"
    return "level"


def _figure_column_unit(head: re.Match, table_unit: str, measured: bool = False) -> str:
    """The table's unit measures the columns of figures (2023年, 1-5月, 绝对值), not others, whose words may be a
    paragraph's rather than a header's, unless the header is surely a table's (``measured``)."""
    return table_unit if measured or FIGURE_COLUMN_RE.fullmatch(head["label"]) else ""


def _unit_of(head: re.Match) -> str | None:
    """产值(亿元) -> 亿元, 完成预算% -> %, 执行数 -> None."""
    return head["unit"] or ("%" if head["percent"] else None)


def _level_of_growth(index: int, levels: list[int], years: list[int | None], units: dict[int, str]) -> int | None:
    """The figure column a growth column is the rate of: the one of its year (2023年比上年增长), else the
    nearest amount before it (执行数 in 执行数 完成预算% 比上年增长%), else the nearest figure."""
    before = [level for level in levels if level < index]
    before = [level for level in before if units[level] not in RATIO_UNITS] or before
    of_its_year = [level for level in before if years[index] and years[level] == years[index]]
    return (of_its_year or before or [None])[-1]


def _given_period_of_measure(level: int | None, index: int, found: dict[int, TableRow], names: dict[int, str],
                             years: list[int | None]) -> int | None:
    """指标 单位 10月 1—10月累计 同比增长(%) / 金融机构本外币存款余额 亿元 9872.5 — 7.6: when the figure a growth
    column is of is not given, the rate is of the one other period of the same measure and year given before it
    (a balance has no 累计), if that has no rate yet; a missing figure of another measure (产量 产值) keeps its rate."""
    if level is None or level in found:
        return level
    others = [other for other, row in found.items() if other < index and row.growth_pct is None
              and names[other] == names[level] and years[other] == years[level]]
    return others[0] if len(others) == 1 else level


def _measure(head: re.Match, measured: bool = False) -> str:
    """产值(亿元): what a column with its own unit (or the table's) measures; 绝对数(亿元), 1-5月(亿元) measure
    the row's figure."""
    label = head["label"]
    return label if (_unit_of(head) or measured) and not FIGURE_COLUMN_RE.fullmatch(label) else ""


def _year_of(column: str) -> int | None:
    year = HEADER_YEAR_RE.search(column)
    return int(year[1]) if year else None


def _growth_kind(column: str) -> str:
    return "avg_annual" if "年均" in column else "mom" if "环比" in column else "yoy"


def _by_position(match: re.Match, unit: str, header: str, cells: list[tuple]) -> list[TableRow]:
    """Cells that do not line up with the header's columns: the first is the row's figure, the second its
    growth when the header speaks of growth."""
    name = match["name"]
    years = [int(year) for year in HEADER_YEAR_RE.findall(header)]
    row_start, row_end = match.span()
    year = years[0] if len(years) == 1 else None  # 指标 2021年 增长: the figures' column
    (value_start, value_end, value, qualifier), *others = cells
    second = others[0] if others else None
    growth = None
    if second is not None and second[2] is not None and GROWTH_HEADER_RE.search(header) and unit not in RATIO_UNITS:
        growth = parse_arabic(second[2])  # (beside a share, the second number is a change in points)
    kind = ("yoy" if YOY_HEADER_RE.search(header) or "年均" not in header else "avg_annual") if growth is not None else ""
    if value is None:  # 规模以上工业增加值 亿元 — 8.2: only the rate is given
        if growth is None:
            return []
        return [TableRow(name + rate_suffix(kind), "%", growth, growth, kind, second[0], second[1], year, row_start,
                         row_end)]
    return [TableRow(name, unit, parse_arabic(value), growth, kind, value_start, value_end, year, row_start, row_end,
                     qualifier)]


def _header_line(text: str, row_start: int) -> tuple[int, str]:
    """The nearest line above the table's rows (its header) and where it starts, or (0, ''), passing over the
    rows and the headings of the table's sections."""
    end = row_start - 1
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if not (_is_row(line) or _is_section_heading(line, _line_before(text, start))):
            return start, line
        end = start - 1
    return 0, ""


def _line_before(text: str, start: int) -> str:
    return text[text.rfind("\n", 0, start - 1) + 1 : start - 1] if start else ""


def _is_section_heading(line: str, above: str) -> bool:
    """一、工业 in a row of its own (one cell across the table) under a line of cells, the header or a row: the
    heading of the rows below it, not their header."""
    return SECTION_HEADING_RE.fullmatch(line) is not None and CELLS_LINE_RE.fullmatch(above) is not None


def _is_row(line: str) -> bool:
    if TABLE_ROW_RE.fullmatch(line) or UNIT_COLUMN_ROW_RE.fullmatch(line):
        return True
    return PLAIN_ROW_RE.fullmatch(line) is not None and not _names_years(line)


def _names_years(line: str) -> bool:
    """指标 2021 2022 2023: a header of bare years, evenly spaced (a row of counts such as 2015 2156 is not)."""
    cells = line.split()[1:]
    if len(cells) < 2 or not all(BARE_YEAR_RE.fullmatch(cell) for cell in cells):
        return False
    steps = {int(later) - int(earlier) for earlier, later in zip(cells, cells[1:])}
    return len(steps) == 1 and 1 <= min(steps) <= 5
