"""Growth rates: the rate a clause attaches to a level (436.29亿元,同比增长6.7%), and rates that
stand alone (规模以上工业增加值同比增长7.5%), which become rows of their own.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from viewer.core.numerals import PERCENT_NUMBER, TENTHS, percent_value, tenths_value
from viewer.core.units import GROWTH_RATE_UNITS

# A year-end balance compared with the start of the year (比年初, 比上年末) grew over the year too.
# 同口径增长6.3%: against last year on a like-for-like basis (a fiscal report's revenue after a reform).
YOY_COMPARISONS = (
    "同口径同比", "同口径比上年", "按同口径", "同口径",
    "同比", "比上年同期", "比上年末", "比上年", "较上年同期", "较上年末", "较上年", "比去年同期", "比去年", "较去年同期",
    "较去年", "比年初", "较年初", "按年",  # 按年: Hong Kong and Macao reports
    "与去年同期", "与上年同期", "与上年", "与去年",  # …与去年同期持平
)
YEAR_ON_YEAR = "|".join(YOY_COMPARISONS)  # longer forms first: 比上年同期 before 比上年
# 按可比口径同比增长5.3%, 按可比价格计算增长6.1%: the basis a rate is reckoned on; its 比 compares nothing.
COMPARABLE_BASIS = r"按?可比(?:口径|价格?)(?:计算)?"
# 年均增长 (年平均下降0.73%), and the average over a few years that reports give after a disrupted year: 两年平均增长.
AVERAGE = r"年均|年平均|(?:[两二三四五六七八九十]|\d{1,2})年(?:平均|年均)|平均"
# 五年增长了1.4倍, 近三年年均增长20%, “十三五”时期年均增长6.8%: the years a rate spans, before it; “十五” (the tenth
# five-year plan, 2001-2005) has no digit between, “十四五”以来 runs to now.
SPAN_OF_YEARS = (
    r"(?:近|连续|过去)?(?:[两二三四五六七八九十]|\d{1,2})年(?:来|间|内)?(?![均平])"
    r"|[“\"]?十[一二三四五六七八九]?五[”\"]?(?:时期|期间|以来)?"  # “十三五”时期年均增长6.8%
    r"|(?:19|20)\d\d年?\s?[—\-–~至到]\s?(?:19|20)\d\d年(?:间|期间)?"  # 2021—2022年年均增长8.6%
)
# The verbs of a rate: what rose and what fell (a decline's rate is negative).
# 贸易顺差…，扩大20.5%; 降水量比常年偏少6.5%; Taiwanese reports: 成长4.5%, 年增18.9% and 年减39.8% (against last
# year), 衰退3%.
RISE_VERBS = ("增长", "增加", "提高", "提升", "上升", "上涨", "扩大", "偏多", "偏高", "成长", "年增")
FALL_VERBS = ("下降", "减少", "降低", "削减", "回落", "下滑", "下跌", "收窄", "偏少", "偏低", "年减", "衰退")
# 地区生产总值 ↑7.8%, 财政总收入 ↓2.3%: an infographic's arrow before a rate is its rise or fall.
RISE_ARROWS = ("↑", "▲")
FALL_ARROWS = ("↓", "▼")
OUTPUT_VERBS = ("增产", "增收", "减产", "减收")  # more or less produced or earned
DECLINE_VERBS = FALL_VERBS + ("减产", "减收")
# 年增18.9%: its 年 opens the verb only right before the rate (比2020年增长52.4%: the base's 年, then 增长).
_RATE_AFTER = "(?=[\\d约近超逾一二两三四五六七八九]|$)"
RATE_VERBS = "|".join(verb + _RATE_AFTER if verb in ("年增", "年减") else verb for verb in RISE_VERBS + FALL_VERBS)
# 实际增长5.1%, 按年实质上升80.5%, 扣除价格因素实际增长6.0%: growth at constant prices, still the rate.
REAL_TERMS = r"(?:扣除价格因素(?:后)?[,，]?)?(?:实际|实质|名义)?"
# What may stand between a level and its rate: ',同比增长', ',比上年增长', ',较“十二五”末期增长近', ',年均增长';
# ',但同比增速高达': a conjunction joins the rate to the level all the same.
ATTACHED_RATE_RE = re.compile(
    rf"[,;，；(（、]?\s*(?:但是?|而且?|且)?(?:其中[^,;，；。]{{0,8}})?(?:按[^,;，；。]{{0,10}}计算[,，]?)?(?:{COMPARABLE_BASIS}[,，]?)?(?:累计)?(?P<comparison>{YEAR_ON_YEAR}|环比|"
    rf"(?:较|比)[^,;，；。%]{{1,14}}?)?(?P<span>{SPAN_OF_YEARS})?(?P<average>{AVERAGE})?{REAL_TERMS}"
    rf"(?:(?:(?P<verb>{RATE_VERBS}|{'|'.join(OUTPUT_VERBS)}|增速为|增速达|增速|增幅为|增幅)"
    rf"(?:了|为|高达|达到|达|保持在|稳定在|维持在)?(?:约|近|超过|超|逾)?|(?P<arrow>[{''.join(RISE_ARROWS + FALL_ARROWS)}]))\s?"
    # 增加11,900人: a number grouped by commas is an amount, not a rate; 增长20余倍, 增长7倍多: more than that multiple
    r"(?:(?P<number>-?\d+(?:\.\d+)?)(?:[多余](?=倍))?(?P<unit>%|倍|个百分点|百分点)?(?:(?<=倍)[多余])?(?![\d.\u4e00-\u9fffA-Za-z℃°‰㎡]|,\d)"
    rf"|(?P<words>百分之)(?P<percent>{PERCENT_NUMBER})|(?P<tenths>{TENTHS})(?:以上|左右|多)?(?![\u4e00-\u9fff])"
    r"|(?P<times>[一两二三四五六七八九十])倍(?:多|余)?(?![\u4e00-\u9fff]))"  # 增长一倍
    r"|(?:实现)?(?P<doubling>翻了?(?P<doublings>[一两二三])番(?:多)?)"  # 比2010年翻一番: twice the base
    r"|(?P<flat>(?:基本)?持平)"  # 同比持平
    r"|(?P<signed>[-+]\d+(?:\.\d+)?)%)"  # 同比-18.6%: the comparison, then the signed rate with no verb
)
DOUBLINGS = {"一": 1, "两": 2, "二": 2, "三": 3}
# 亩均工业增加值较2018年翻了一番，达到112.4万元/亩: a doubling said before the level it reached (as 增长11.2%，达到…).
DOUBLING_BEFORE_LEVEL_RE = re.compile(
    r"(?:(?:较|比)[^,;，；。]{1,14}?)?(?:实现)?翻了?(?P<doublings>[一两二三])番多?[,，]"
    r"(?:总量|规模)?(?:达到|达|突破|增至|增加到|增长到|提高到|提升到|扩大到)了?$"
)
DOUBLING_BEFORE_LEVEL_REACH = 30
LEVEL_VERB_LAST_CHARS = frozenset("达到破至了")
CHINESE_TIMES = {"一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
# The words before a rate that stands alone: 规模以上工业增加值[同比增长]7.5%, 服务业收入5年[年均增速达]10.4%.
STANDALONE_RATE_RE = re.compile(
    rf"(?:{COMPARABLE_BASIS}[,，]?)?(?P<comparison>{YEAR_ON_YEAR}|环比|(?:较|比)[^,;，；。%]{{1,14}}?)?(?P<average>{AVERAGE})?{REAL_TERMS}"
    rf"(?P<verb>{RATE_VERBS}|{'|'.join(OUTPUT_VERBS)}|涨幅|增速|增幅|增长率)"
    r"(?:(?:预期)?目标)?"  # 地区生产总值增长目标为7%左右: the aimed rate, a rate all the same
    r"(?:了|为|达到|达|是)?(?:约|近|超过|超|逾|高于)?[-]?\s?$"
)
# 规模以上工业增加值同比-2.1%: the comparison alone, the figure's sign the rate's.
BARE_COMPARISON_RE = re.compile(rf"(?P<comparison>{YEAR_ON_YEAR}|环比)(?P<average>)(?P<verb>)\+?$")
# 665.3亿元，是2012年的2.6倍，年均增长11.2%: a comparison between a level and its rate.
# …312.6亿元，为调整预算的101.2%，比上年增长5.8%; 3237亿元，占全市的40%左右，年均增长20.3%: a share
# of a plan or of a whole between a level and its rate.
RATIO_ASIDE_RE = re.compile(
    r"[,，]\s*(?:(?:是|为|相当于)[^,，;；。]{1,14}?的\d+(?:\.\d+)?倍"
    r"|(?:为|完成|占)[^,，;；。]{0,12}?(?:预算|计划|目标|任务)[^,，;；。]{0,4}?的\d+(?:\.\d+)?%"
    r"|约?占[^,，;；。\d]{1,12}?\d+(?:\.\d+)?%(?:左右|以上|以下)?"
    # 12036.8亿元，首次迈上1.2万亿元台阶，比上年增长6.1%: a milestone the level passed
    r"|(?:首次|历史性地?|成功)?(?:迈上|突破|跨越|站上|跃上|迈入|跨入)[^,，;；。]{1,10}?(?:台阶|大关|关口))"
)
# A note in brackets right after a level: （注1）, （其中：工业增加值1520.1亿元）, （按商务部口径）.
BRACKET_NOTE_RE = re.compile(r"[（(][^()（）。；;]{1,30}[)）]")
# 8566.3亿元🔥，同比增长5.2%: pictographs after a level are decoration, read past as spaces are.
PICTOGRAPHS_RE = re.compile(r"[\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F\u200d]+\s*")
# 321亿元、2100亿元和3010亿元,分别增长3.2%、6.1%和5.4%: one rate for each level before it, in order.
RESPECTIVE_RATES_RE = re.compile(
    rf"[,;，；、]?\s*(?P<comparison>{YEAR_ON_YEAR})?(?P<average>{AVERAGE})?分别"
    rf"(?P<comparison2>{YEAR_ON_YEAR}|(?:较|比)[^,;，；。%]{{1,14}}?)?(?P<average2>{AVERAGE})?(?P<verb>{RATE_VERBS})了?"
)
RATE_LIST_SEPARATOR_RE = re.compile(
    rf"(?:[、,，和及与]|以及)(?P<verb>{RATE_VERBS})?了?"
)
# What an attached rate can begin with (after an optional separator): 同比, 比上年, 较, 环比, 年均, 增长,
# 提高, 上升, 下降, 减少, 降低, 回落, 其中, 按…计算, 翻一番, or a space.
RATE_SEPARATORS = frozenset(",;，；(（、")  # 2468.3亿元、增长6.1%: a work report's list of levels and rates
RATE_FIRST_CHARS = frozenset("同比较环年增其按可平两二三四五六七八九十0123456789翻累近连过实扣名持基与但而且“\" \t") | frozenset(
    verb[0] for verb in RISE_VERBS + FALL_VERBS + OUTPUT_VERBS + RISE_ARROWS + FALL_ARROWS
)
# 文盲率由2.87%下降为1.77%, 城镇化率提高为56.7%: 为 right after a verb of change (not 增长) names the level reached, as
# 下降到 does; 同比下降为… (a comparison before it) and 增长为6% stay rates.
LEVEL_REACHED_VERBS = frozenset(RISE_VERBS + FALL_VERBS) - {"增长"}
# 2024年，…比2023年执行数增长5%: a base year named after 比/较, told apart from the year the figure is of;
# 与2010年相比 names one too.
BASE_YEAR_RE = re.compile(r"(?:较|比|与)((?:19|20)\d\d)\s?年")
# The comparisons a sentence makes, the last before a rate with none of its own being the rate's: 比2013年末增加28.47万人，
# 增长13.1% (a base year, group ``base``), 比上年减少37所，下降5.4% (last year).
COMPARISON_IN_SENTENCE_RE = re.compile(
    rf"(?P<base>(?:较|比)(?:19|20)\d\d\s?年|与(?:19|20)\d\d\s?年[^,;，；。]{{0,24}}?相比)|{YEAR_ON_YEAR}|环比"
)
BASE_REACH = 200  # how far before a rate its sentence's base is looked for
# 较2013年, 比2010年, 与2010年: what every base of COMPARISON_IN_SENTENCE_RE opens with; most sentences have none.
BASE_YEAR_OPENING_RE = re.compile(r"[较比与](?:19|20)\d\d")
RATE_NOUN_AFTER_RE = re.compile(r"的(?:增长|增速|增幅)")
# 累计下降6.3%: a change summed up, its 累计 right before the verb (累计完成…，增长5% is a sum's yearly rate).
CUMULATIVE_RATE_RE = re.compile(rf"累计(?:{RATE_VERBS})")
# 保持5%左右的增长, 实现了年均8%的增长; 以12.5%的增速位居第一 (所以, 可以, 予以 are no such 以).
KEEPING_VERB_RE = re.compile(r"(?:(?:保持|实现|维持|达到)了?|(?<![所可予])以)(?:年均)?(?:约|近)?$")


@dataclass(slots=True)
class Rate:
    pct: float | None  # None for a difference in percentage points: it is not a growth rate
    kind: str
    number_start: int
    end: int


def attached_rate(text: str, level_end: int) -> Rate | None:
    """The rate written right after a level figure (or after a comparison with a base year), if any."""
    if _is_pictograph(text[level_end:level_end + 1]):
        level_end = PICTOGRAPHS_RE.match(text, level_end).end()
    rate = _rate_at(text, level_end)
    if rate is None and text.startswith(("（", "("), level_end):  # 3330.3亿元（注1），比上年增长8.4%
        closing = BRACKET_NOTE_RE.match(text, level_end)
        if closing is not None:
            level_end = closing.end()
            rate = _rate_at(text, level_end)
    if rate is None and text.startswith(("，", ","), level_end):
        aside = RATIO_ASIDE_RE.match(text, level_end)
        if aside is not None:
            rate = _rate_at(text, aside.end())
    return rate


def _is_pictograph(char: str) -> bool:
    return "\u2600" <= char <= "\u27bf" or "\U0001F000" <= char <= "\U0001FAFF"


def doubling_before(text: str, level_start: int) -> Rate | None:
    """The multiple of a doubling said before the level it reached (翻了一番，达到112.4万元/亩: 1, a multiple), its
    start that of its comparison (较2018年), so that the words before it name the level; None for none."""
    if text[level_start - 1:level_start] not in LEVEL_VERB_LAST_CHARS or "番" not in text[max(0, level_start - 8):level_start]:
        return None  # most levels have no doubling before them: two looks spare the match
    match = DOUBLING_BEFORE_LEVEL_RE.search(text, max(0, level_start - DOUBLING_BEFORE_LEVEL_REACH), level_start)
    if match is None:
        return None
    return Rate(2.0 ** DOUBLINGS[match["doublings"]] - 1, "multiple", match.start(), match.end())


def _rate_at(text: str, level_end: int) -> Rate | None:
    probe = text[level_end:level_end + 2]
    if not probe or (probe[0] not in RATE_FIRST_CHARS
                     and (probe[0] not in RATE_SEPARATORS or probe[1:] not in RATE_FIRST_CHARS)):
        return None  # most levels are followed by other words: a look at two characters spares the match
    match = ATTACHED_RATE_RE.match(text, level_end)
    if match is None:
        return None
    if match["doubling"]:  # 翻一番 is 增长1倍, 翻两番 增长3倍
        multiple = 2.0 ** DOUBLINGS[match["doublings"]] - 1
        return Rate(multiple, "multiple", match.start("doubling"), match.end())
    if match["flat"]:  # 同比持平: no change
        return Rate(0.0, _kind(match["comparison"], match["average"], "%"), match.start("flat"), match.end())
    if match["signed"]:
        if not match["comparison"]:
            return None  # 386.5万平方米，-18.6%: no rate without 同比
        number_start = match.start("signed") + match["signed"].startswith("+")  # a figure's number holds a minus only
        return Rate(float(match["signed"]), _kind(match["comparison"], match["average"], "%"), number_start, match.end())
    if match["times"]:  # 增长一倍, 增长两倍
        return Rate(float(CHINESE_TIMES[match["times"]]), "multiple", match.start("times"), match.end())
    if match["words"]:  # 增长百分之六点七
        value, unit, number_start = percent_value(match["percent"]), "%", match.start("words")
        if value is None:
            return None
    elif match["tenths"]:  # 增长近两成
        value, unit, number_start = tenths_value(match["tenths"]), "%", match.start("tenths")
    else:
        if match["arrow"] and not match["unit"]:
            return None  # ↑3 with no % is no rate (a rank moved up, a count)
        unit, number_start = match["unit"] or "%", match.start("number")
        if unit.endswith("百分点"):
            return Rate(None, "", number_start, match.end())
        value = float(match["number"])
    if match["verb"] in DECLINE_VERBS or match["arrow"] in FALL_ARROWS:
        value = -abs(value)  # 下降-2% is a fall of 2%, written with its sign twice
    comparison = match["comparison"] or match["span"]  # growth over five years is against their start
    return Rate(value, _kind(comparison, match["average"], unit), number_start, match.end())


def respective_rates(text: str, after_level: int, rate_figures: list[tuple[int, int, float, str]]) -> list[Rate]:
    """Rates of '…,分别增长3.2%、6.1%和5.4%' right after ``after_level``.

    ``rate_figures`` are the (number_start, end, value, unit) of the figures that follow, in order;
    the rates are those of them that form the list.
    """
    match = RESPECTIVE_RATES_RE.match(text, after_level)
    if match is None:
        return []
    rates: list[Rate] = []
    position = match.end()
    sign = -1.0 if match["verb"] in DECLINE_VERBS else 1.0
    for number_start, end, value, unit in rate_figures:
        gap = text[position:number_start]
        separator = RATE_LIST_SEPARATOR_RE.fullmatch(gap) if gap else None
        if unit not in GROWTH_RATE_UNITS or (gap and separator is None):
            break
        if separator is not None and separator["verb"]:  # 分别增长5%和下降3%
            sign = -1.0 if separator["verb"] in DECLINE_VERBS else 1.0
        kind = _kind(match["comparison"] or match["comparison2"], match["average"] or match["average2"], unit)
        rates.append(Rate(sign * value, kind, number_start, end))
        position = end
    return rates


def standalone_rate(lead: str, value: float, unit: str) -> tuple[float, str] | None:
    """(growth_pct, growth_kind) when the words before a % or 倍 figure make it a growth rate."""
    match = STANDALONE_RATE_RE.search(lead) or (BARE_COMPARISON_RE.search(lead) if unit == "%" else None)
    if match is None or _names_level_reached(lead, match):
        return None
    if match["verb"] in DECLINE_VERBS or lead.endswith("-"):
        value = -abs(value)
    return value, _kind(match["comparison"], match["average"] or ("年均" if "年均" in lead else None), unit)


def _names_level_reached(lead: str, match: re.Match) -> bool:
    return not match["comparison"] and match["verb"] in LEVEL_REACHED_VERBS and lead.startswith("为", match.end("verb"))


def rate_named_after(lead: str, tail: str, value: float, unit: str) -> tuple[float, str] | None:
    """保持5%左右的增长, 以12.5%的增速位居第一: a rate that the noun after it names, kept or reached by the verb
    before it, or what a place leads by."""
    if unit != "%" or RATE_NOUN_AFTER_RE.match(tail) is None or KEEPING_VERB_RE.search(lead) is None:
        return None
    return value, "avg_annual" if "年均" in lead else "yoy"


def without_keeping_verb(lead: str) -> str:
    """营业收入以 -> 营业收入: the words before a rate named after it, its verb (with any 年均, which the rate's kind
    tells) left out."""
    return KEEPING_VERB_RE.sub("", lead)


def _kind(comparison: str | None, average: str | None, unit: str) -> str:
    if unit == "倍":
        return "multiple"
    if average:
        return "avg_annual"
    if comparison and not comparison.startswith(YOY_COMPARISONS) and comparison != "环比":
        return "vs_base"  # 较“十二五”末期增长 50%: growth over a named earlier period
    return "mom" if comparison == "环比" else "yoy"


def kind_of_cumulative(kind: str, text: str, start: int, end: int, part_of_year: Callable[[], bool]) -> str:
    """vs_base for a yoy rate summed up by 累计 (between ``start`` and ``end``) in a text of whole years: 单位地区生产总值
    能耗累计下降6.3% in a plan's review is the change since the plan began; in a bulletin of some months
    (``part_of_year``: 1-9月…累计增长9.3%) it is the months' against the same months of last year."""
    if kind != "yoy" or text.find("累计", start, end) == -1 or CUMULATIVE_RATE_RE.search(text, start, end) is None:
        return kind
    return kind if part_of_year() else "vs_base"


def kind_against_year(kind: str, text: str, start: int, end: int, year: int | None) -> str:
    """yoy for a vs_base rate whose base (named between ``start`` and ``end``) is the year before ``year``:
    比2023年执行数增长5% in a 2024 sentence compares with last year, as 比上年 does."""
    if kind != "vs_base" or year is None or "年" not in text[start:end]:
        return kind
    base = BASE_YEAR_RE.search(text, start, end)
    return "yoy" if base is not None and int(base.group(1)) == year - 1 else kind


def kind_of_base_before(kind: str, text: str, sentence_start: int, rate_start: int, year: int | None) -> str:
    """vs_base for a yoy rate that names no comparison of its own when the last comparison its sentence made before
    it is with a base year: 比2013年末增加28.47万人，增长13.1%; 与2010年相比，汉族人口减少2.87万人，下降8.37%；各少数民族人口
    减少0.38万人，下降3.26% (both against 2010). A base of the year before is last year: yoy still."""
    start = max(sentence_start, rate_start - BASE_REACH)  # a long line that is no sentence is not read whole
    if kind != "yoy" or text.find("年", start, rate_start) == -1 \
            or BASE_YEAR_OPENING_RE.search(text, start, rate_start) is None:
        return kind  # (no base year before: the last comparison, if any, is no base's)
    last = None
    for last in COMPARISON_IN_SENTENCE_RE.finditer(text, start, rate_start):
        pass
    if last is None or last["base"] is None:
        return kind  # no comparison before, or one with last year (比上年增加37所，增长5.4%), or the rate's own (同比增长)
    return kind_against_year("vs_base", text, last.start(), last.end(), year)
