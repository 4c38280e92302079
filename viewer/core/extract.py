"""Indicator extraction: every quantitative fact of a document's body, with its provenance.

The steps, each in its own module:
1. ``normalize``: a same-length ASCII-digit copy of the text (offsets stay valid);
2. ``figures``: numbers with units, qualifiers and ranges; dates, ranks and labels rejected;
3. ``growth``: rates attached to the level before them, or standing alone as rows of their own;
4. ``naming``/``context``: the metric name, year, subject and sentence of each figure.
"""

from __future__ import annotations

import re
from functools import lru_cache

from viewer.core.categories import categorize
from viewer.core.context import TextContext
from viewer.core.document import Document
from viewer.core.figures import Figure, find_figures
from viewer.core.growth import Rate, attached_rate, respective_rates, standalone_rate
from viewer.core.naming import is_count_unit, noun_after, share_name, strip_lead
from viewer.core.normalize import normalize
from viewer.core.schema import Indicator
from viewer.core.table_rows import TableRow, table_rows
from viewer.core.units import base_of

RATE_UNITS = ("%", "倍")
AREA_SUFFIXES = ("平方米", "平方公里", "亩", "公顷", "平方千米", "平米")
AREA_WORDS = ("面积", "用地", "土地", "空间", "规模")
RESPECTIVE_NAMES_RE = re.compile(
    r"(?P<names>[\u4e00-\u9fffA-Za-z()（）]+(?:(?:、|和|及|与|以及)[\u4e00-\u9fffA-Za-z()（）]+)+)"
    r"分别(?:为|达到|达|是|实现|完成)?$"
)
NAME_LIST_SEPARATOR_RE = re.compile(r"、|和|及|与|以及")
TOTAL_WORDS_RE = re.compile(r"累计|总数|总计|合计|共计")
SELECTED_NUMBER_RE = re.compile(r"(?P<number>\d+(?:,\d{3})*(?:\.\d+)?)\s*(?P<unit>[^\d\s,，。;；]{0,6})")
COMPLETION_RE = re.compile(r"完成(?:了)?([^,，;；。]{2,16}?)的$")
# Words that, right after a count, measure what was counted: 139家、注册资本300亿元; 45个，总投资600亿元.
ATTRIBUTE_RE = re.compile(
    r"^[、,，;；]?\s*(注册资本|整体产值|总产值|产值|营业收入|营收|总收入|总投资|投资额|协议投资|总面积|面积|建筑面积|税收|利润)"
    r"(?:总额)?(?:达到|达|超过|超|突破|约|近|为|共|合计|累计)*$"
)
ARRIVAL_RE = re.compile(r"(?:相继|先后|陆续|已|均)?(入驻|落户|签约|投产|开工|竣工|上市|挂牌|获批)")
RATE_SUFFIX_RE = re.compile(r"(?:年均)?增速$")
CONVERSION_RE = re.compile(r"(?:约合|折合|合计约|相当于|折)$")
INCREMENT_RE = re.compile(r"(?:较|比)[^,，;；。]{0,10}?(增加|增长|新增|减少|下降)了?$")
GENERIC_TOTALS = ("总数", "总量", "总额", "总计", "总规模", "累计", "总和")
POINTS_UNITS = ("个百分点", "百分点")


def extract_indicators(document: Document) -> list[Indicator]:
    """The indicators of one document, in text order."""
    return extract_from_text(document.text, source=document.source, title=document.title,
                             publish_year=document.publish_year)


def extract_from_text(text: str, source: str = "", title: str = "", publish_year: int | None = None) -> list[Indicator]:
    normalised = normalize(text)
    figures = find_figures(normalised)
    tabled = table_rows(normalised)
    if not figures and not tabled:
        return []
    context = TextContext(normalised, title=title, publish_year=publish_year)
    rates, consumed = _link_rates(normalised, figures)
    listed_names = _respective_names(normalised, figures)
    rows: list[Indicator] = []
    previous_end = 0
    previous_sentence = None
    for index, figure in enumerate(figures):
        if index not in consumed:
            sentence = context.sentence(figure.start)
            previous = rows[-1] if rows and previous_sentence == sentence else None
            row = _row(text, normalised, context, figure, sentence, rates.get(index), previous_end, previous, source,
                       listed_names.get(index))
            if row is not None:
                rows.append(row)
                previous_sentence = sentence
        previous_end = figure.end
    if tabled:
        rows.extend(_table_row(text, context, row, source) for row in tabled)
        rows.sort(key=lambda row: row.start)
    return rows


def _table_row(text: str, context: TextContext, row: TableRow, source: str) -> Indicator:
    """An indicator from a table row: its label names it, the unit in the label's brackets measures it."""
    base_unit, factor = base_of(row.unit)
    line_start, line_end = context.paragraph(row.start)
    return Indicator(
        source, row.name, row.value, row.unit, _in_base_units(row.value, factor), base_unit, "",
        context.year_at(row.start), row.growth_pct, row.growth_kind, context.subject_at(row.start),
        categorize(row.name, row.unit), text[row.start:row.end], row.start, row.end,
        text[line_start:line_end].strip(),
    )


def _link_rates(text: str, figures: list[Figure]) -> tuple[dict[int, Rate], set[int]]:
    """Rates attached to the figure before them; the rate figures themselves are consumed."""
    rates: dict[int, Rate] = {}
    consumed: set[int] = set()
    starts = {f.number_start: i for i, f in enumerate(figures)}
    for index, figure in enumerate(figures):
        if index in consumed or figure.unit in RATE_UNITS + POINTS_UNITS:
            continue
        rate = attached_rate(text, figure.end)
        if rate is None:
            _link_respective_rates(text, figures, index, rates, consumed, starts)
            continue
        rates[index] = rate
        rate_figure = starts.get(rate.number_start)
        if rate_figure is not None:
            consumed.add(rate_figure)
    return rates, consumed


def _respective_names(text: str, figures: list[Figure]) -> dict[int, str]:
    """出口额和进口额分别为500亿元和300亿元: the listed names go to the listed figures, in order."""
    names: dict[int, str] = {}
    for index, figure in enumerate(figures):
        if index in names:
            continue
        if text.find("分别", max(0, figure.number_start - 6), figure.number_start) == -1:
            continue  # the pattern is costly and 分别 is rare: look only where it stands
        match = RESPECTIVE_NAMES_RE.search(text, max(0, figure.number_start - 60), figure.number_start)
        if match is None:
            continue
        listed = [strip_lead(n, ()) for n in NAME_LIST_SEPARATOR_RE.split(match["names"]) if n]
        members = [index]
        for following in range(index + 1, min(len(figures), index + len(listed))):
            gap = text[figures[members[-1]].end:figures[following].number_start]
            if not NAME_LIST_SEPARATOR_RE.fullmatch(gap):
                break
            members.append(following)
        if len(members) == len(listed) > 1 and all(listed):
            names.update(zip(members, listed))
    return names


def _link_respective_rates(text, figures, index, rates, consumed, starts) -> None:
    """A list of rates after a list of levels: each level, in order, gets its rate."""
    if text.find("分别", figures[index].end, figures[index].end + 8) == -1:
        return
    following = [(f.number_start, f.end, f.value, f.unit) for f in figures[index + 1:index + 12]]
    listed = respective_rates(text, figures[index].end, following)
    if not listed:
        return
    levels = [i for i in range(index, -1, -1) if figures[i].unit not in RATE_UNITS + POINTS_UNITS and i not in rates]
    for level, rate in zip(reversed(levels[: len(listed)]), listed):
        rates[level] = rate
        consumed.add(starts[rate.number_start])


def _row(
    text: str,
    normalised: str,
    context: TextContext,
    figure: Figure,
    sentence: tuple[int, int],
    rate: Rate | None,
    previous_end: int,
    previous: Indicator | None,
    source: str,
    listed_name: str | None = None,
) -> Indicator | None:
    if figure.unit in POINTS_UNITS:
        return None  # a difference in percentage points with no level to attach to
    clause_start, clause_end = context.clause(figure.start)
    sentence_start, sentence_end = sentence
    lead = normalised[max(clause_start, previous_end):figure.number_start]
    value, qualifier = figure.value, figure.qualifier
    growth_pct, growth_kind = (rate.pct, rate.kind) if rate and rate.pct is not None else (None, "")
    if figure.unit in RATE_UNITS:
        standalone = standalone_rate(lead, value, figure.unit)
        if standalone is not None:
            growth_pct, growth_kind = standalone
            value = growth_pct
        elif figure.unit == "倍":
            return None  # 是全国平均水平的3倍: a ratio with no metric of its own
    if not qualifier and "约占" in lead:  # 约占全市的15%: the 约 stands before the verb
        qualifier = "approx"
    subjects = (context.main_subject, context.subject_at(figure.start, sentence_start))
    tail = normalised[figure.end:clause_end]
    previous_name = previous.indicator if previous else ""
    if listed_name:
        name = listed_name
    elif previous is not None and is_count_unit(previous.unit) and not figure.unit.endswith(("%", "‰")) \
            and _is_attribute(lead):
        name = previous.indicator + _attribute(lead)  # 金融机构达139家、注册资本300亿元: the institutions' capital
    elif figure.range_upper and previous_name:
        name = previous_name
    else:
        name = _name(lead, tail, figure.unit, growth_kind if figure.unit in RATE_UNITS else "", subjects)
        name = _relative_name(name, previous_name, growth_kind, lead, figure.unit)
    base_unit, factor = base_of(figure.unit)
    # Positional arguments, in schema order: this runs once per row and keywords cost twice as much.
    return Indicator(
        source, name, value, figure.unit, _in_base_units(value, factor), base_unit, qualifier,
        context.year_at(figure.start, sentence_start), growth_pct, growth_kind, subjects[1],
        categorize(name, figure.unit), text[figure.start:figure.end], figure.start, figure.end,
        text[sentence_start:sentence_end].strip(),
    )


def _attribute(lead: str) -> str:
    return ATTRIBUTE_RE.search(lead).group(1)


def _is_attribute(lead: str) -> bool:
    return ATTRIBUTE_RE.search(lead) is not None


def _in_base_units(value: float, factor: float) -> float:
    """2345.7 × 1e8 is 234570000000, not 234569999999.99997: round away the binary noise."""
    return value if factor == 1 else float(f"{value * factor:.15g}")


@lru_cache(maxsize=65536)
def _relative_name(name: str, previous_name: str, growth_kind: str, lead: str, unit: str) -> str:
    """Names that only make sense with the metric before them in the sentence."""
    if name.startswith(("占", "约占")) and unit in ("%", "‰"):
        return share_name(name, previous_name)  # 占地区生产总值比重 -> X占地区生产总值比重
    if previous_name and name in GENERIC_TOTALS:
        return previous_name.removeprefix("新增").removeprefix("新") + name  # 新增市场主体…,总数 -> 市场主体总数
    if previous_name and not name and TOTAL_WORDS_RE.search(lead):
        return previous_name.removeprefix("新增").removeprefix("新") + "总数"  # 新增上市公司12家,累计达到67家
    if previous_name and unit not in ("%", "‰"):
        previous_name = RATE_SUFFIX_RE.sub("", previous_name)  # 营业收入增长15%,达到3000亿元: the level of 营业收入
    if previous_name and CONVERSION_RE.search(lead):
        return previous_name  # 15.8万元,约合2.3万美元: the same figure in another unit
    increment = INCREMENT_RE.search(lead)
    if previous_name and increment and not growth_kind:  # 2156家,较上年增加312家
        return previous_name + ("减少" if increment.group(1) in ("减少", "下降") else "增加")
    if previous_name and (not name or name.startswith(("比", "较"))):
        # 比上年末增加3.1万人 / a bare rate after its level: the change of the metric before
        return previous_name + ("增速" if growth_kind else "增加" if name else "")
    return name


def _name(lead: str, tail: str, unit: str, growth_kind: str, subjects: tuple[str, ...]) -> str:
    before = strip_lead(lead, subjects)
    after = noun_after(tail)
    if after and (is_count_unit(unit) or not before):
        arrival = ARRIVAL_RE.match(tail, len(after))
        name = arrival.group(1) + after if arrival else after  # 17家企业相继入驻: 入驻企业
        if unit.endswith(AREA_SUFFIXES) and not before:
            name += "面积"
        return name
    if unit.endswith(AREA_SUFFIXES) and before and not before.endswith(AREA_WORDS):
        return before + "面积"
    completion = COMPLETION_RE.search(lead) if unit == "%" else None
    if completion:
        return completion.group(1) + "完成率"  # 完成年度目标的120%: 年度目标完成率
    if growth_kind and before and not before.endswith(("增速", "增幅", "增长率")):
        before += "年均增速" if growth_kind == "avg_annual" else "增速"
    return before


def parse_selection(document: Document, start: int, end: int) -> Indicator | None:
    """The indicator a user selected in a document's text (for "add indicator from selection").

    The figure's sentence is extracted as usual so that name, year and growth come with it; the
    row overlapping the selection wins. A figure the rules rejected (a rank, a bare number) still
    gives a row with what the selection itself says, so the user can complete it.
    """
    start, end = max(0, start), min(len(document.text), end)
    if start >= end:
        return None
    rows = [r for r in extract_indicators(document) if r.start < end and start < r.end]
    if rows:
        return max(rows, key=lambda r: min(r.end, end) - max(r.start, start))
    selected = normalize(document.text[start:end])
    number = SELECTED_NUMBER_RE.search(selected)
    if number is None:
        return None
    value = float(number["number"].replace(",", ""))
    unit = number["unit"] or ""
    base_unit, factor = base_of(unit) if unit else ("", 1.0)
    context = TextContext(normalize(document.text), title=document.title, publish_year=document.publish_year)
    sentence_start, sentence_end = context.sentence(start)
    return Indicator(
        source=document.source, indicator="", value=value, unit=unit, value_base=_in_base_units(value, factor),
        base_unit=base_unit, qualifier="", year=context.year_at(start), growth_pct=None, growth_kind="",
        subject=context.subject_at(start), category="other", quote=document.text[start:end],
        start=start, end=end, sentence=document.text[sentence_start:sentence_end].strip(),
    )
