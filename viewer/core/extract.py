"""Indicator extraction: every quantitative fact of a document's body, with its provenance.

The steps, each in its own module:
1. ``normalize``: a same-length ASCII-digit copy of the text (offsets stay valid);
2. ``figures``: numbers with units, qualifiers and ranges; dates, ranks and labels rejected;
3. ``growth``: rates attached to the level before them, or standing alone as rows of their own;
4. ``naming``/``context``: the metric name, year, subject and sentence of each figure;
5. ``lists``: the name or place each member of a listed run of figures (…分别为…) pairs with.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from viewer.core.categories import categorize
from viewer.core.context import TextContext
from viewer.core.document import Document
from viewer.core.figures import BOUND_OF_WHOLE_RE, Figure, find_figures
from viewer.core.growth import (
    Rate, attached_rate, doubling_before, kind_against_year, kind_of_base_before, kind_of_cumulative, rate_named_after,
    respective_rates, standalone_rate, without_keeping_verb,
)
from viewer.core.lists import (
    places_before_values, ranked_places, respective_places, respective_recoveries, years_of_span_listed,
)
from viewer.core.naming import (
    AMOUNT_NOUNS, AMOUNT_TERMS, CONVERSION_RE, capped_aid, GROWTH_WORDS, INVOLVED_AMOUNT_NAMES, NAME_LIST_SEPARATOR_RE,
    PER_PERIOD_WORDS, PERSON_UNITS, RATE_SUFFIX_RE, TARGET_ONLY_RE, TRAILING_CHANGE_RE, ListedName, attribute_of,
    done_of_planned, figure_name, finding_of, SUMMED_AFTER, is_count_unit, listed_figure_count, listed_names, noun_after,
    rate_suffix, relative_name, share_name, shared_counted_noun, shared_novelty, strip_lead, total_name,
)
from viewer.core.normalize import normalize
from viewer.core.schema import Indicator
from viewer.core.subjects import compared_place
from viewer.core.table_rows import TableRow, table_rows
from viewer.core.units import CURRENCIES, GROWTH_RATE_UNITS, PERCENT_UNITS, POINTS_UNITS, RATIO_UNITS, base_of
from viewer.core.vocabulary import CHANGE_VERBS, WHOLE_PLACE

# 新增独角兽企业1家、瞪羚企业12家，总数分别达到3家和47家: the words that put a list of totals after the new ones
TOTALS_LISTED_MARKERS = ("累计分别", "总数分别")
# 批发和零售业12.8万户，住宿和餐饮业5.4万户，分别占39.3%和16.6%: shares listed after the levels they are of.
SHARES_LISTED_RE = re.compile(r"分别(?P<share>占[^,，;；。、\d]{0,16}?)(?:的)?$")
SELECTED_NUMBER_RE = re.compile(r"(?P<number>\d+(?:,\d{3})*(?:\.\d+)?)\s*(?P<unit>[^\d\s,，。;；]{0,6})")
# 9月份，居民消费价格同比持平: the metric a sentence opens with, before its first comparison.
EARLIER_RATE_RE = re.compile(
    rf"\s*(?:\d{{1,2}}(?:[\-~至]\d{{1,2}})?月份?[,，])?(?:{WHOLE_PLACE})?(?P<metric>[\u4e00-\u9fff]{{2,16}}?)(?:同比|比上年|环比)"
)
# 全年城乡居民消费价格总指数为101.9，比上年上涨1.9%: the prices an index opening the sentence measures.
PRICE_INDEX_RE = re.compile(
    rf"\s*(?:(?:19|20)\d\d年)?(?:全年|\d{{1,2}}(?:[\-~至]\d{{1,2}})?月份?)?[,，]?(?:{WHOLE_PLACE})?"
    r"(?P<metric>[\u4e00-\u9fff]{2,16}?价格)(?:总)?指数(?:为|是)?\d+(?:\.\d+)?[,，]"
)
OUTPUT_ATTRIBUTES = ("产值", "营业收入", "营收", "总收入")
# 设置床位1000张，总投资7.3亿元: beds, machines, vehicles, livestock counted are no body that invests or holds land; what
# they are worth when made is theirs (产量15.6万辆，产值300亿元).
OBJECT_MEASURE_WORDS = frozenset("张床台辆只头株棵枚颗盏")
COUNT_MEASURES_RE = re.compile(r"(?:产量|销量|数量|总数|总量)?$")
CHANGE_AT_END_RE = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:增加|减少)$")
# 产值超10亿元企业, 营收超亿元企业, 规模以上企业: firms grouped by a threshold they pass.
THRESHOLD_GROUP_RE = re.compile(r"\d|[超过][百千万亿]|以上")
# 1086.5亿元 / 规上工业总产值 / 同比增长9.3%: a data card, a figure alone on its line with its name and rate below.
DATA_CARD_RE = re.compile(r"\n(?P<name>[\u4e00-\u9fffA-Za-z&]{2,16})(?=\n)")
# 地区生产总值 / 386.5亿元 / 同比增长6.2%: an infographic's label on the line before its figure (blank lines between
# or not); the figure's line opens with nothing or with the change it is (国家高新技术企业 / 净增118家).
LABEL_LINE_RE = re.compile(r"[\u4e00-\u9fffA-Za-z&]{2,16}")
# ● 集成电路 / 集聚企业1000余家，产业规模约占全国的12%; ● 人工智能 / 核心企业超200家，相关产业规模达730亿元: a bullet heading
# naming a sector owns the firms and the industry its paragraph counts without naming whose they are.
BULLET_HEADING_RE = re.compile(r"[\u2022\u25A0-\u25FF]\s*(?P<sector>[\u4e00-\u9fff]{2,8})\s*")
SECTOR_LESS_OPENINGS = ("企业", "产业", "核心企业", "龙头企业", "重点企业", "相关企业", "相关产业")
LABELLED_LINE_OPENING_RE = re.compile(rf"(?:同比|比上年)?(?:{CHANGE_VERBS})?")
# 新增上市公司 / 9家 / 累计达67家: the words opening a total's line under a count.
TOTAL_LINE_OPENING_RE = re.compile(r"(?:累计|总数|总计|合计|共计)(?:达到|达|为)?")
LINE_BREAKS_RE = re.compile(r"[^\S\n]*\n\s*")
# 营业收入增长11.2%，达到1560亿元: the level a rate reached, right after it.
LEVEL_AFTER_RATE_RE = re.compile(r"[,，](?:总量|规模)?(?:达到|达|突破|增至|增加到|增长到|提高到|提升到|扩大到)了?")
RATE_LEAD_CHARS = 16
CAP_WORDS = ("最高", "最多")
INDEX_NAME_REACH = 12  # 指数(CPI)为100.3
# 死亡6人,事故起数和死亡人数分别下降27.3%和33.3%: the levels just given, named again before their rates.
NAMED_LEVELS_RE = re.compile(r"[,，]\s*(?P<names>[\u4e00-\u9fff]{2,10}(?:(?:、|和|及|与)[\u4e00-\u9fff]{2,10})+)(?=分别)")
NAMED_LEVELS_REACH = 40
# 限额以上单位是指…, 统计范围为…, 统计起点为计划总投资500万元及以上, 抽样比为1.2‰: a communiqué's notes on what it
# counts and how, no figures of the place.
DEFINITION_RE = re.compile("是指|统计范围为|统计范围是|统计起点为|统计起点是|抽样比为|抽样比是")
# 245.83万人，比2013年末增加28.47万人, 12468个，比2018年末（第四次全国经济普查，下同）增加5327个: from a base year too.
CHANGE_AFTER_LEVEL_RE = re.compile(
    rf"[,，;；]?\s*(?:比年初|比上年末|较年初|较上年末|同比|比上年|较上年"
    rf"|(?:比|较)(?:19|20)\d\d\s?年[末底]?(?:[（(][^（）()。]{{1,20}}[）)])?)?(?:{CHANGE_VERBS})了?"
)
# 2023年达到57935元，2020年为48260元: a base-year value between a level and the rate that is the level's.
BASE_VALUE_AFTER_LEVEL_RE = re.compile(r"[,，]\s*(?:19|20)\d\d\s?年[末底]?(?:为|是|仅为|只有)")
# 42.68万人，比2010年第六次全国人口普查的45.93万人减少3.25万人: the base value between a level and its change.
BASE_VALUE_BEFORE_CHANGE_RE = re.compile(r"[,，]\s*(?:比|较)[^,，;；。]{1,24}?的")
# 增长10.5%，较去年同期的8.2%提高2.3个百分点: a figure given as last year's, the base of the one before.
LAST_YEARS_BASE_RE = re.compile(r"(?:较|比)(?:上年|去年)同期的$")
# 认购倍数达3.6倍, 平均市盈率为35.2倍, 市净率达到3.1倍: a level measured in multiples, named right before it (not
# 是全国平均水平的3倍, a ratio to another figure).
MULTIPLE_METRICS = ("倍数", "市盈率", "市净率", "杠杆率", "覆盖率")
MULTIPLE_NAMED_RE = re.compile(rf"(?:{'|'.join(MULTIPLE_METRICS)})(?:[(（][A-Za-z]{{2,6}}[)）])?[^的\d,，;；。]{{0,6}}$")
# 同比增长 alone after a label's colon: the rate of the label (固定资产投资：同比增长12.3%).
RATE_WORDS_RE = re.compile(r"\s*" + GROWTH_WORDS.pattern.removesuffix("$"))
# 规模以上工业总产值：完成862.47亿元, 税收收入：实现38.6亿元: a verb of the label's figure after its colon.
LABELLED_VERB_RE = re.compile(r"\s*(?:累计)?(?:完成|实现|达到|达)了?")
# 地区生产总值增长8%左右、规上工业增加值增长10%以上的目标: rates aimed at, listed before the aim that names them.
RATE_TARGET_AFTER_RE = re.compile(r"(?:[、和及][^,，;；。]{0,24}?)?的(?:预期|发展|奋斗|增长|年度)?目标")
# 今年经济社会发展的主要预期目标是：…: the figures after it are targets (完成目标的86%, 目标为7% are not such a list).
TARGETS_LISTED_RE = re.compile(r"目标(?:任务)?(?:是|为)?[：:]|目标(?:任务)?是(?=[\u4e00-\u9fff])")
# 9月份，全市社会消费品零售总额215.63亿元 / 8月当月，…: one month's figure, told apart from the year to date
# (1-9月) by the month in its name; 9月末 and 4月下旬 are points in time, 9月以来 a span: no month's flow.
# 前三季度…增长8.5%，其中9月份增长9.7%: a month after 其中 is the part of the months to date.
SINGLE_MONTH_RE = re.compile(
    r"\s*(?:[\u4e00-\u9fff]{2,6}[:：]\s*)?(?:其中[,，:：]?)?(?:(?:19|20)\d\d年|今年|本年)?(?:(?P<month>\d{1,2})月份?(?:当月|单月)?|(?P<this>当月|单月))(?![末底初起以上中下旬\d\-~至—])"
)
# 9月份，居民消费价格同比上涨0.9%；1—9月，累计上涨0.6%: a name taken from the figure before keeps its month, unless
# a period of its own is stated after that figure (the months to date, the quarters or half year).
MONTH_OPENING_NAME_RE = re.compile(r"\d{1,2}月(?=[\u4e00-\u9fff])")
OWN_PERIOD_RE = re.compile(r"(?:^|[;；,，。\s])(?P<period>\d{1,2}\s*[-—－~～至]\s*\d{1,2}月|前[一二三]季度|[上下]半年)份?")
# 31家高新区实现营业收入2.86万亿元: a count that only says whose the next figure is, when the same count was given before.
SUBJECT_VERB_AFTER_COUNT_RE = re.compile(r"(?:共|合计|累计)?(?:实现|完成)")
# 武汉东湖、西安、成都3家高新区, 甲、乙和丙等3个: a count of the short names listed right before it says no more than
# the list does.
LISTED_ITEMS_REACH = 48
LIST_JOINER_CHARS = frozenset("、和及")
LIST_ITEM_RE = re.compile(r"[\u4e00-\u9fffA-Za-z]{1,10}")
LIST_BOUNDARY_CHARS = "，,；;。：:\n（(“"
# A time phrase between the month opening a sentence and a figure: 9月份…；1-9月…, 前三季度…
OTHER_PERIOD_RE = re.compile(r"月|季度|半年|全年|累计|年[末底]|\d年")
# 其中，10月份增长8.1%: a sentence that opens with 其中 tells a part of the figure just before it.
# 这一数字, 该指标, 这一比例: the metric of the figure before, named again.
METRIC_ANAPHOR_DEMONSTRATIVES = ("这一", "这个", "该", "此")
METRIC_ANAPHOR_NOUNS = ("数字", "数据", "指标", "数值", "比例")
METRIC_ANAPHORS = frozenset(
    demonstrative + noun for demonstrative in METRIC_ANAPHOR_DEMONSTRATIVES for noun in METRIC_ANAPHOR_NOUNS
)
METRIC_ANAPHOR_RE = re.compile("|".join(METRIC_ANAPHORS))
CONVERSION_LEAD_CHARS = 12  # 按2023年平均汇率计算，相当于约: how far before an amount its word of conversion stands
PART_OPENING_RE = re.compile(r"\s*其中[,，:：]?")
# 汽车类零售额在以旧换新政策带动下 / 受…影响 / 电子信息产业产值增长最快 / 企业数量最多: a clause opening with a
# metric that names no figure; the figure in the clause after it is the metric's.
PREDICATED_METRIC_RE = re.compile(
    r"\s*(?:其中)?(?P<metric>[^,，;；:：]{2,24}?)(?:在[^,，;；。]{1,20}?(?:带动|推动|拉动|支撑|引领|影响)下"
    r"|受[^,，;；。]{1,20}?(?:带动|推动|拉动|影响)|(?:增长|增速|增幅)?最[快多大高])"
)
# 每10万人中, 每万人口, 每百户: the population a figure is counted per.
PER_POPULATION_RE = re.compile(r"每(?:\d+|[十百千万])?万?(?:人口|人|户)中?")
# 基本电价按变压器容量计收，每月30元/千伏安: a charge said to be counted by some measure, its amount in the next clause.
CHARGED_METRIC_RE = re.compile(r"\s*(?P<metric>[^,，;；:：\d]{2,24}?)按[^,，;；。]{1,16}?(?:计收|计费|收取|征收|缴纳)")
# 在研发投入强度上，…: the metric a sentence of bare figures is about
TOPIC_OPENING_RE = re.compile(r"\s*在(?P<metric>[^,，;；。:：\d]{2,12}?)(?:上|方面)[,，]")
# 规上工业企业数量少 / 研发投入规模偏小: a metric said to be scant, which the share after it is of.
SCANT_METRIC_RE = re.compile(r"\s*(?P<metric>[^,，;；:：]{2,24}?)(?:偏|较|过|太|仍|相对)?(?:少|小|低|弱)")
# 对首次认定的国家高新技术企业给予每家20万元奖励; 对重新认定的，给予每家5万元奖励: those an amount is given to.
RECIPIENT_RE = re.compile(
    r"对(?P<whom>[^,，;；。:：、]{2,24}?)的?[,，]?(?:分别|一次性|各)?(?:给予|给)" + AMOUNT_TERMS
    + r"(?:超过?|近|约|逾|达)?$"
)
MAX_RECIPIENT_CHARS = 13
# 失业率平均值为5.3%，12月份为5.1%: a month's figure after an average is the metric's value that month.
AVERAGE_AT_END_RE = re.compile(r"(?:平均值|均值|平均水平)$")


# 工业 年末全区有…, 1月18日 总投资…: a yearbook's section heading or a chronicle's day opening a line, a space
# between it and its text; the heading is no clause of its own, but no part of the name either.
LINE_HEADING_RE = re.compile(r"(?:(?:\d{1,2}月)?\d{1,2}日|[\u4e00-\u9fff]{2,8})[^\S\n]+(?=[\u4e00-\u9fff]{2}[^\s]*$)")

# 数据一：1897.2亿元, 【数读】126.3件: a heading that gives a figure is short and holds no sentence.
MAX_HEADING_CHARS = 24
HEADING_BREAK_RE = re.compile(r"[。，,；;！？!?]")


def extract_indicators(document: Document) -> list[Indicator]:
    """The indicators of one document, in text order."""
    return extract_from_text(document.text, source=document.source, title=document.title,
                             publish_year=document.publish_year, publish_month=document.publish_month,
                             publisher=document.publisher)


def extract_from_text(text: str, source: str = "", title: str = "", publish_year: int | None = None,
                      publish_month: int | None = None, publisher: str = "") -> list[Indicator]:
    normalised = normalize(text)
    figures = find_figures(normalised)
    tabled = table_rows(normalised)
    if tabled and figures:
        figures = _outside_table_rows(figures, tabled)
    if not figures and not tabled:
        return []
    if "\n" in normalised:
        figures = _outside_restated_headings(normalised, figures)
    # a traditional title names its place as the text does; a table's places are named in the text as in its rows
    context = TextContext(normalised, title=normalize(title), publish_year=publish_year, publish_month=publish_month,
                          publisher=normalize(publisher), table_places=frozenset(row.place for row in tabled if row.place))
    if DEFINITION_RE.search(normalised):  # rare: most texts are spared the look at each figure's sentence
        figures = _outside_definitions(normalised, context, figures)
    rates, consumed = _link_rates(normalised, figures)
    names_in_lists = listed_names(normalised, figures)
    places_in_lists = respective_places(normalised, context, figures, names_in_lists) if names_in_lists else {}
    # 排在前三位的分别是…, …位列全省前三，分别为…, 分别是湖滨街道、新河街道和望江街道，常住人口分别为…: rare
    if "分别" in normalised and ("前" in normalised or "分别是" in normalised or "分别为" in normalised):
        for index, (ranked_name, place) in ranked_places(normalised, context, figures).items():
            places_in_lists[index] = place
            if ranked_name is not None:
                names_in_lists[index] = ranked_name
    if "分别" in normalised:  # 分别是江阳高新区68.42亿元、滨江区35.19亿元: each place before its value
        for index, (paired_name, place) in places_before_values(normalised, context, figures).items():
            places_in_lists[index] = place
            if paired_name is not None:
                names_in_lists[index] = paired_name
    recovered = respective_recoveries(normalised, figures, consumed) if "分别恢复" in normalised else {}
    years_listed = years_of_span_listed(normalised, context, figures) if "分别" in normalised else {}
    level_names: dict[int, str] = {}
    counts_given: set[tuple[str, float, str]] = set()
    rows: list[Indicator] = []
    previous_end = 0
    previous_sentence = None
    totals_listed = any(marker in normalised for marker in TOTALS_LISTED_MARKERS)  # rare: 新增A 89家、B 12家，累计分别达到…
    shares_listed = "分别占" in normalised
    anaphors = METRIC_ANAPHOR_RE.search(normalised) is not None  # rare (这一数字…): spare each figure the search
    for index, figure in enumerate(figures):
        if index not in consumed:
            sentence = context.sentence(figure.start)
            if totals_listed and index not in names_in_lists:
                _name_listed_totals(normalised, figures, index, rows, sentence[0], names_in_lists)
            if shares_listed and figure.unit in PERCENT_UNITS and index not in names_in_lists:
                _name_listed_shares(normalised, figures, index, rows, sentence[0], names_in_lists)
            # 价格总指数为101.9，比上年上涨1.9%: an index (no unit) names no figure after it; the rate is the prices'
            # (but its change on its own scale, 性别比为99.68，比2010年下降1.86, is of it)
            previous = rows[-1] if rows and previous_sentence == sentence and (rows[-1].unit or not figure.unit) else None
            if previous is not None and _is_share_row(previous) and figure.unit not in RATIO_UNITS:
                previous = _last_row_of_sentence(rows, sentence[0], lambda row: _same_base_unit(row.unit, figure.unit)) \
                    or previous
            elif previous is not None and _converts_an_amount_before(normalised, figure, previous):
                previous = _last_row_of_sentence(rows, sentence[0], lambda row: _is_amount(row.unit)) or previous
            # 。其中，10月份增长8.1%; 。2023年，这一数字达到…: a part, or the metric again, of the sentence before
            before = rows[-1] if rows and previous_sentence and (
                "其中" in normalised[sentence[0]:sentence[0] + 4]
                or anaphors and METRIC_ANAPHOR_RE.search(normalised, sentence[0], figure.start) is not None
            ) and _follows(normalised, previous_sentence, sentence) else None
            listed = names_in_lists.get(index)
            if index in recovered and level_names.get(recovered[index]):
                listed = ListedName(level_names[recovered[index]] + "恢复率", None)
            row = _row(text, normalised, context, figure, sentence, rates.get(index), previous_end, previous, source,
                       listed, places_in_lists.get(index, ""), before)
            if row is not None and is_count_unit(row.unit):
                if _restates_count_as_subject(normalised, row, counts_given) or _counts_items_listed(normalised, row):
                    row = None
                else:
                    counts_given.add((row.indicator, row.value, row.unit))
            if row is not None:
                if index in years_listed:
                    row.year = years_listed[index]  # 2020年至2022年，营业收入分别为…: each its own year
                rows.append(row)
                previous_sentence = sentence
                if recovered:
                    level_names[index] = row.indicator
        previous_end = figure.end
    if tabled:
        rows.extend(_table_row(text, context, row, source) for row in tabled)
        rows.sort(key=lambda row: row.start)
    return rows


def _is_share_row(row: Indicator) -> bool:
    """占全市的39.6%: a share with no rate, which measures the row before it."""
    return row.unit in PERCENT_UNITS and not row.growth_kind and "占" in row.indicator


def _converts_an_amount_before(text: str, figure: Figure, previous: Indicator) -> bool:
    """补贴约2.3亿元人民币，惠及居民逾4,000人次；…相当于约2.5亿澳门元: an amount converted (相当于, 折合) after a
    figure that is none is the amount before it in another currency."""
    if not _is_amount(figure.unit) or _is_amount(previous.unit):
        return False
    return CONVERSION_RE.search(text, max(0, figure.number_start - CONVERSION_LEAD_CHARS), figure.number_start) is not None


def _is_amount(unit: str) -> bool:
    return base_of(unit)[0] in CURRENCIES


def _last_row_of_sentence(rows: list[Indicator], sentence_start: int, wanted) -> Indicator | None:
    """The last row of its sentence that ``wanted`` accepts; None for none. An amount converted after a count is the
    amount's (…补贴约2.3亿元…，惠及居民逾4,000人次；…相当于约2.5亿澳门元); a count after a share goes on from the count
    (…高新技术企业846家，占全市的39.6%；宣河区拥有312家), not from the row just before."""
    for row in reversed(rows):
        if row.start < sentence_start:
            return None
        if wanted(row):
            return row
    return None


def _name_listed_totals(text: str, figures: list[Figure], index: int, rows: list[Indicator], sentence_start: int,
                        names_in_lists: dict[int, ListedName]) -> None:
    """新增省级专精特新中小企业89家、国家级…企业12家，累计分别达到347家和53家 (总数分别达到…): each total listed after
    累计分别 (总数分别) is the total of the things counted in its place before it in the sentence."""
    figure = figures[index]
    lead = text[max(0, figure.number_start - 10):figure.number_start]
    if not any(marker in lead for marker in TOTALS_LISTED_MARKERS):
        return
    pairs = _listed_after_rows(text, figures, index, rows, sentence_start)
    if not pairs or any(row.unit != figures[member].unit or not is_count_unit(row.unit) for member, row in pairs):
        return
    names_in_lists.update((member, ListedName(total_name(row.indicator), None)) for member, row in pairs)


def _name_listed_shares(text: str, figures: list[Figure], index: int, rows: list[Indicator], sentence_start: int,
                        names_in_lists: dict[int, ListedName]) -> None:
    """批发和零售业12.8万户，住宿和餐饮业5.4万户，分别占39.3%和16.6%: each share listed after 分别占 is of the level in
    its place before it in the sentence (批发和零售业占比, 住宿和餐饮业占比; 分别占地区生产总值的…: …占地区生产总值比重)."""
    figure = figures[index]
    words = SHARES_LISTED_RE.search(text, max(sentence_start, figure.number_start - 20), figure.number_start)
    if words is None:
        return
    pairs = _listed_after_rows(text, figures, index, rows, sentence_start)
    if not pairs or any(figures[member].unit not in PERCENT_UNITS or row.unit in PERCENT_UNITS for member, row in pairs):
        return
    share = words["share"]
    names_in_lists.update(
        (member, ListedName(row.indicator + "占比" if share == "占" else share_name(share, row.indicator), None))
        for member, row in pairs)


def _listed_after_rows(text: str, figures: list[Figure], index: int, rows: list[Indicator],
                       sentence_start: int) -> list[tuple[int, Indicator]]:
    """The figures listed one after another from ``index`` (…分别达到347家和53家, …分别占39.3%和16.6%), each with the
    named row in its place among as many rows just before them in the sentence; [] unless two or more pair up so."""
    run = range(index, index + listed_figure_count(text, figures, index))
    before = [row for row in rows[-len(run):] if row.start >= sentence_start]
    if len(run) < 2 or len(before) != len(run) or not all(row.indicator for row in before):
        return []
    return list(zip(run, before))


def _outside_table_rows(figures: list[Figure], tabled: list[TableRow]) -> list[Figure]:
    """The figures not in a table row: 工业总产值（亿元） 7090.6 12.3% is read as a row, whole."""
    spans = sorted({(row.row_start, row.row_end) for row in tabled})
    starts = [start for start, _ in spans]

    def in_row(position: int) -> bool:
        i = bisect_right(starts, position) - 1
        return i >= 0 and position < spans[i][1]

    return [figure for figure in figures if not in_row(figure.start)]


def _outside_restated_headings(text: str, figures: list[Figure]) -> list[Figure]:
    """数据一：1897.2亿元 over 今年，…实现营业收入1897.2亿元: a heading's figure that the paragraph under it restates,
    with its name, is that paragraph's figure, not one of its own."""
    return [figure for index, figure in enumerate(figures)
            if not (text.startswith("\n", figure.end) and _is_restated_below(text, figures, index))]


def _is_restated_below(text: str, figures: list[Figure], index: int) -> bool:
    """The figure ends a short line with no sentence in it, and the next line states the same value and unit."""
    figure = figures[index]
    line = text[text.rfind("\n", 0, figure.start) + 1:figure.end]
    if len(line) > MAX_HEADING_CHARS or HEADING_BREAK_RE.search(line):
        return False
    next_line_end = text.find("\n", figure.end + 1)
    if next_line_end < 0:
        next_line_end = len(text)
    for below in figures[index + 1:]:
        if below.start >= next_line_end:
            return False
        if below.value == figure.value and below.unit == figure.unit:
            return True
    return False


def _outside_definitions(text: str, context: TextContext, figures: list[Figure]) -> list[Figure]:
    """限额以上单位是指年主营业务收入2000万元及以上的…: the figures of a definition are no indicators."""
    return [figure for figure in figures
            if not DEFINITION_RE.search(text, context.sentence(figure.start)[0], figure.start)]


def _table_row(text: str, context: TextContext, row: TableRow, source: str) -> Indicator:
    """An indicator from a table row: its label names it, the unit in the label's brackets measures it."""
    base_unit, factor = base_of(row.unit)
    line_start, line_end = context.paragraph(row.start)
    return Indicator(
        source, row.name, row.value, row.unit, _in_base_units(row.value, factor), base_unit, row.qualifier,
        context.year_at(row.start) if row.year is None else row.year, row.growth_pct, row.growth_kind,
        row.place or context.subject_at(row.start, sentence_start=row.label_start),  # 1 东湖区 78: the place after the rank
        categorize(row.name, row.unit), text[row.start:row.end], row.start, row.end,
        text[line_start:line_end].strip(),
    )


def _link_rates(text: str, figures: list[Figure]) -> tuple[dict[int, Rate], set[int]]:
    """Rates attached to the figure before them; the rate figures themselves are consumed."""
    rates: dict[int, Rate] = {}
    consumed: set[int] = set()
    starts = {f.number_start: i for i, f in enumerate(figures)}
    for index, figure in enumerate(figures):
        if index in consumed:
            continue
        if figure.unit == "%" and index + 1 < len(figures) and (level := _level_after_rate(text, figures, index)):
            rates[index + 1] = level  # 营业收入增长11.2%，达到1560亿元: the rate is the level's, said first
            consumed.add(index)
            continue
        if figure.unit in GROWTH_RATE_UNITS + POINTS_UNITS or (not figure.unit and _is_index(text, figure)):
            continue
        rate = attached_rate(text, figure.end)
        if rate is None and text[figure.start - 1:figure.start] in ("\n", ""):  # a figure opening its line
            rate = _rate_below(text, figure.end)
        if rate is None and (doubled := doubling_before(text, figure.start)) is not None:
            rates[index] = doubled  # 较2018年翻了一番，达到112.4万元/亩: the level's multiple, said first
            continue
        if rate is None:
            _link_respective_rates(text, figures, index, rates, consumed, starts)
            continue
        rate_figure = starts.get(rate.number_start)
        if not figure.unit and rate_figure is not None and not figures[rate_figure].unit:
            continue  # 性别比为99.68，比2010年下降1.86: a change on the figure's own scale, not a rate
        rates[_level_of_change(text, figures, index, rates)] = rate
        if rate_figure is not None:
            consumed.add(rate_figure)
    return rates, consumed


def _is_index(text: str, figure: Figure) -> bool:
    """价格总指数为101.9，比上年上涨1.9%: an index over a base of 100 takes no rate, its rise is the prices'
    (死亡率为0.011，下降14.8% is the rate's own fall)."""
    return text.find("指数", max(0, figure.start - INDEX_NAME_REACH), figure.start) != -1


def _rate_below(text: str, figure_end: int) -> Rate | None:
    """The rate of a figure alone on its line, on a line below it: 1086.5亿元 / 规上工业总产值 / 同比增长9.3% (a
    data card, its name between) or 地区生产总值 / 386.5亿元 / 同比增长6.2% (an infographic, its label above)."""
    if (card := DATA_CARD_RE.match(text, figure_end)) and (rate := attached_rate(text, card.end() + 1)):
        return rate
    breaks = LINE_BREAKS_RE.match(text, figure_end)
    return attached_rate(text, breaks.end()) if breaks else None


def _level_after_rate(text: str, figures: list[Figure], index: int) -> Rate | None:
    """营业收入增长11.2%，达到1560亿元: a rate with the level it reached right after it is that level's rate; None
    for a rate with no such level, or one given about or at least (增长15%以上: a row of its own keeps its 以上)."""
    rate_figure, level = figures[index], figures[index + 1]
    if rate_figure.qualifier or level.unit in GROWTH_RATE_UNITS + POINTS_UNITS \
            or not LEVEL_AFTER_RATE_RE.fullmatch(text, rate_figure.end, level.start):
        return None
    lead = text[max(0, rate_figure.number_start - RATE_LEAD_CHARS):rate_figure.number_start]
    growth = standalone_rate(lead, rate_figure.value, rate_figure.unit)
    return Rate(growth[0], growth[1], rate_figure.number_start, rate_figure.end) if growth else None


def _restates_count_as_subject(text: str, row: Indicator, counts_given: set[tuple[str, float, str]]) -> bool:
    """全省共有高新区31家…。31家高新区实现营业收入2.86万亿元: the 31家 only says whose the revenue is."""
    return (row.indicator, row.value, row.unit) in counts_given and text.startswith(row.indicator, row.end) \
        and SUBJECT_VERB_AFTER_COUNT_RE.match(text, row.end + len(row.indicator)) is not None


def _counts_items_listed(text: str, row: Indicator) -> bool:
    """武汉东湖、西安、成都3家高新区营业收入均超过2万亿元: the 3家 counts the places just named, as many as the items of
    the list of short names right before it (no figure among them), and names them after it (新建、改扩建中小学校两所，:
    two schools built, no count of the deeds listed)."""
    if row.value < 2 or not "\u4e00" <= text[row.start - 1:row.start] <= "\u9fff" \
            or not "\u4e00" <= text[row.end:row.end + 1] <= "\u9fff" \
            or text.find("、", max(0, row.start - LISTED_ITEMS_REACH), row.start) == -1:
        return False  # most counts follow no list
    floor = max(0, row.start - LISTED_ITEMS_REACH)
    list_start = max(text.rfind(char, floor, row.start) for char in LIST_BOUNDARY_CHARS) + 1
    if list_start == 0 and floor > 0:
        return False  # a list longer than the reach: no list of short names
    items = text[list_start:row.start].removesuffix("等").split("、")
    for joiner in "和及":
        if joiner in items[-1]:
            items[-1:] = items[-1].split(joiner, 1)  # 西安和成都: the last two items
            break
    return len(items) == row.value and all(LIST_ITEM_RE.fullmatch(item) for item in items)


def _level_of_change(text: str, figures: list[Figure], index: int, rates: dict[int, Rate]) -> int:
    """存款余额612亿元,比年初增加58亿元,增长10.6%: the rate after a change is its level's (the figure before);
    so is the rate after a base-year value (2023年达到57935元，2020年为48260元，年均增长6.3%). The two are
    compared by base unit: 5.32万人年，比上年增加4186人年，增长8.5% is the level's rate too."""
    if index and (index - 1) not in rates and _same_base_unit(figures[index - 1].unit, figures[index].unit):
        between = (text, figures[index - 1].end, figures[index].start)
        if CHANGE_AFTER_LEVEL_RE.fullmatch(*between) or BASE_VALUE_AFTER_LEVEL_RE.fullmatch(*between):
            return index - 2 if _is_base_value_of_change(text, figures, index - 1, rates) else index - 1
    return index


def _is_base_value_of_change(text: str, figures: list[Figure], index: int, rates: dict[int, Rate]) -> bool:
    """常住人口为42.68万人，比2010年的45.93万人减少3.25万人，下降7.08%: the 45.93万人 the change is from is no level of the
    rate after the change; the level before it is."""
    return index > 0 and (index - 1) not in rates and _same_base_unit(figures[index - 1].unit, figures[index].unit) \
        and BASE_VALUE_BEFORE_CHANGE_RE.fullmatch(text, figures[index - 1].end, figures[index].start) is not None


def _same_base_unit(unit: str, other: str) -> bool:
    """万人 and 人 count the same things (8.67万人，比上年增加7240人)."""
    return unit == other or base_of(unit)[0] == base_of(other)[0]


def _link_respective_rates(text, figures, index, rates, consumed, starts) -> None:
    """A list of rates after a list of levels: each level, in order, gets its rate."""
    rates_start = figures[index].end
    if text.find("分别", rates_start, rates_start + 8) == -1:
        if text.find("分别", rates_start, rates_start + NAMED_LEVELS_REACH) == -1 \
                or not (pair := NAMED_LEVELS_RE.match(text, rates_start)):
            return
        rates_start = pair.end()  # 发生事故8起,死亡6人,事故起数和死亡人数分别下降27.3%和33.3%
    following = [(f.number_start, f.end, f.value, f.unit) for f in figures[index + 1:index + 12]]
    listed = respective_rates(text, rates_start, following)
    if not listed:
        return
    levels = [i for i in range(index, -1, -1) if figures[i].unit not in GROWTH_RATE_UNITS + POINTS_UNITS and i not in rates]
    if rates_start != figures[index].end and not _names_levels(text, figures, levels, pair["names"], len(listed)):
        return
    for level, rate in zip(reversed(levels[: len(listed)]), listed):
        rates[level] = rate
        consumed.add(starts[rate.number_start])


def _names_levels(text: str, figures: list[Figure], levels: list[int], names: str, count: int) -> bool:
    """事故起数和死亡人数 after 发生生产安全事故8起,死亡6人: as many names as rates, naming the levels given right before
    in the sentence, in order (each name shares two characters with the words of its level)."""
    named = NAME_LIST_SEPARATOR_RE.split(names)
    chosen = levels[:count][::-1]  # in text order
    if len(named) != count or len(chosen) != count or chosen[-1] - chosen[0] != count - 1 \
            or text.find("。", figures[chosen[0]].end, figures[chosen[-1]].end) != -1:
        return False
    words_start = text.rfind("。", 0, figures[chosen[0]].start) + 1
    for name, level in zip(named, chosen):
        words = text[words_start:figures[level].end]
        if not any(name[i:i + 2] in words for i in range(len(name) - 1)):
            return False
        words_start = figures[level].end
    return True


@dataclass(slots=True)
class _Clause:
    """Where a figure stands: its sentence and clause in the (normalised) text, the words before it (``lead``,
    from its clause or enumeration's start or the figure before) and after it to the clause's end (``tail``),
    the row before it in its sentence, and the place ``lead`` compares it with (研发投入强度（3.92%）仍低于
    东江高新区的4.35%)."""
    text: str
    context: TextContext
    figure: Figure
    sentence_start: int
    sentence_end: int
    clause_start: int
    clause_end: int
    lead_start: int
    lead: str
    tail: str
    previous_end: int
    previous: Indicator | None
    previous_name: str
    compared: str


@dataclass(slots=True)
class _Measure:
    """What a figure measures: its value and qualifier, its rate (or, for a rate alone, its kind), and whether it
    is a rate listed with a shared name (装备制造业、高技术制造业增加值分别增长8.1%和10.2%) or aimed at (…的目标)."""
    value: float
    qualifier: str
    growth_pct: float | None
    growth_kind: str
    listed_rate: bool
    aimed: bool
    named_after: bool = False  # 以12.5%的增速: a rate named by the noun after it

    def kind_of_rate(self, unit: str) -> str:
        """The growth kind a rate's own name is made with; '' for a level."""
        return self.growth_kind if unit in GROWTH_RATE_UNITS else ""


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
    listed: ListedName | None = None,
    listed_place: str = "",
    before: Indicator | None = None,
) -> Indicator | None:
    if figure.unit in POINTS_UNITS:
        return None  # a difference in percentage points with no level to attach to
    at = _clause_of(normalised, context, figure, sentence, rate, previous_end, previous)
    measure = _measure(at, rate, listed)
    if measure is None:
        return None
    subjects, listed = _subjects(at, listed, listed_place)
    at.lead = context.lead_without_anaphor(at.lead, subjects[1])  # 公司实现营业收入…: the company, no part of the name
    if short_name := context.short_name_opening(at.lead, subjects[1]):
        subjects = (*subjects, short_name)  # 海州每平方公里营业收入…，淮阳为…: the zone by its short name, no part of the name
    name = _qualified_name(at, _name(at, measure, subjects, listed, before), measure)
    base_unit, factor = base_of(figure.unit)
    year = context.figure_year(figure.start, figure.end, at.sentence_start)
    growth_kind = measure.growth_kind
    # the words of the rate: between a level and its attached rate, or before a rate alone
    rate_words = (figure.end, rate.number_start) if rate is not None and rate.pct is not None \
        else (max(at.lead_start, previous_end), figure.number_start)
    if growth_kind == "vs_base":  # the base is named in the rate's words
        growth_kind = kind_against_year(growth_kind, normalised, *rate_words, year)
    elif growth_kind == "yoy":  # 能耗累计下降6.3%: since the plan began
        growth_kind = kind_of_cumulative(growth_kind, normalised, *rate_words, lambda: context.names_part_of_year)
        growth_kind = kind_of_base_before(growth_kind, normalised, at.sentence_start, rate_words[1], year)
    # Positional arguments, in schema order: this runs once per row and keywords cost twice as much.
    return Indicator(
        source, name, measure.value, figure.unit, _in_base_units(measure.value, factor), base_unit, measure.qualifier,
        year, measure.growth_pct, growth_kind, subjects[1],
        categorize(name, figure.unit), text[figure.start:figure.end], figure.start, figure.end,
        text[at.sentence_start:at.sentence_end].strip(),
    )


def _clause_of(text: str, context: TextContext, figure: Figure, sentence: tuple[int, int], rate: Rate | None,
               previous_end: int, previous: Indicator | None) -> _Clause:
    clause_start, clause_end = context.clause(figure.start)
    if clause_end < figure.end:  # 20,236家企业: the comma groups digits, it ends no clause
        clause_end = context.clause(figure.end)[1]
    if clause_start and text[clause_start - 1] in ":：" and (
        clause_start == figure.number_start or RATE_WORDS_RE.fullmatch(text, clause_start, figure.number_start)
        or LABELLED_VERB_RE.fullmatch(text, clause_start, figure.number_start)
    ):  # 地区生产总值：612.35亿元, 固定资产投资：同比增长12.3%, 总产值：完成862.47亿元: the name before the colon
        clause_start = context.clause(clause_start - 1)[0]
    if (clause_start == 0 or text[clause_start - 1] == "\n") and (
        heading := LINE_HEADING_RE.match(text[clause_start:figure.number_start])
    ) and not RATE_WORDS_RE.fullmatch(text, clause_start + heading.end(), figure.number_start):
        clause_start = clause_start + heading.end()  # but 固定资产投资 同比增长14.8%: the words before the rate name it
    if text.find("）", clause_start, figure.number_start) != -1:
        clause_start = _clause_start_outside_brackets(text, context, clause_start, sentence[0])
    lead_start = clause_start
    if clause_start and text[clause_start - 1] == "、":
        lead_start = _enumeration_start(context, text, clause_start, previous_end)
    lead = text[max(lead_start, previous_end):figure.number_start]
    if rate is not None and rate.number_start < figure.start:  # 营业收入增长11.2%，达到1560亿元: named before its rate
        lead = text[context.clause(rate.number_start)[0]:rate.number_start]
    previous_name = (previous.indicator.removesuffix("目标") or previous.indicator) if previous else ""  # aimed at or not
    compared = compared_place(lead) if previous is not None and previous.unit == figure.unit else ""
    return _Clause(text, context, figure, *sentence, clause_start, clause_end, lead_start, lead,
                   text[figure.end:clause_end], previous_end, previous, previous_name, compared)


def _clause_start_outside_brackets(text: str, context: TextContext, clause_start: int, sentence_start: int) -> int:
    """总人口性别比（以女性为100，男性对女性的比例）为105.34: a comma inside a note in brackets ends no clause; the
    figure's clause starts where the one the bracket opens in does."""
    opening = text.rfind("（", sentence_start, clause_start)
    if opening == -1 or text.find("）", opening, clause_start) != -1:
        return clause_start
    return max(context.clause(opening)[0], sentence_start)


def _measure(at: _Clause, rate: Rate | None, listed: ListedName | None) -> _Measure | None:
    """The figure's value, qualifier and rate; None for a ratio that measures nothing of its own."""
    figure, previous = at.figure, at.previous
    value, qualifier = figure.value, figure.qualifier
    growth_pct, growth_kind = (rate.pct, rate.kind) if rate and rate.pct is not None else (None, "")
    listed_rate = listed is not None and listed.growth_sign is not None and figure.unit in GROWTH_RATE_UNITS
    named_after = False
    if listed_rate:  # 装备制造业、高技术制造业增加值分别增长8.1%和10.2%
        value = growth_pct = listed.growth_sign * figure.value
        growth_kind = "multiple" if figure.unit == "倍" else listed.growth_kind
    elif figure.unit in GROWTH_RATE_UNITS:
        standalone = standalone_rate(at.lead, value, figure.unit)
        if standalone is None and (standalone := rate_named_after(at.lead, at.tail, value, figure.unit)):
            at.tail = ""  # 保持5%左右的增长: the rate's noun names no share
            at.lead = without_keeping_verb(at.lead)  # 营业收入以12.5%的增速: 营业收入增速
            named_after = True
        if standalone is None and figure.range_upper and previous is not None and previous.growth_kind:
            standalone = value, previous.growth_kind  # 增长7%-8%: the upper end is a rate too
        if standalone is not None:
            growth_pct, growth_kind = standalone
            value = growth_pct
        elif figure.unit == "倍" and not _names_multiple(at.lead):
            return None  # 是全国平均水平的3倍: a ratio with no metric of its own
    aimed = bool(growth_kind) and figure.unit in GROWTH_RATE_UNITS and at.text[figure.end:figure.end + 1] in "的、和及" \
        and RATE_TARGET_AFTER_RE.match(at.text, figure.end) is not None
    if aimed:
        at.tail = ""  # the aim is no thing the rate is a share of
    if not qualifier and "约占" in at.lead:  # 约占全市的15%: the 约 stands before the verb
        qualifier = "approx"
    if at.compared and growth_pct is None and _is_rate_row(previous):
        growth_pct, growth_kind = value, previous.growth_kind  # 增长10.4%，高于鹤州经开区的8.7%: its rate
    if growth_pct is None and at.lead.endswith("的") and _is_rate_row(previous) and figure.unit == previous.unit \
            and LAST_YEARS_BASE_RE.search(at.lead):
        growth_pct, growth_kind = value, previous.growth_kind  # 增长10.5%，较去年同期的8.2%提高2.3个百分点: last year's rate
    return _Measure(value, qualifier, growth_pct, growth_kind, listed_rate, aimed, named_after)


def _names_multiple(lead: str) -> bool:
    """平均市盈率48.7倍, 认购倍数达3.6倍: the words before a multiple name a level counted in multiples; 金额不低于
    母基金出资额的1.5倍: a bound set on the metric before it, as a multiple of a whole."""
    if lead.endswith("的") and (bound := BOUND_OF_WHOLE_RE.search(lead)) and bound.start() > 0:
        return True
    return any(metric in lead for metric in MULTIPLE_METRICS) and MULTIPLE_NAMED_RE.search(lead) is not None


def _is_rate_row(row: Indicator | None) -> bool:
    """A row that is a rate alone (增长10.5%), not a level with its rate."""
    return row is not None and bool(row.growth_kind) and row.growth_pct == row.value


def _subjects(at: _Clause, listed: ListedName | None, listed_place: str) -> tuple[tuple[str, ...], ListedName | None]:
    """(the article's main subject, the figure's own), and the listed name without the place it opened with."""
    context = at.context
    # 研发投入强度（3.92%）仍低于东江高新区的4.35%: 东江高新区's 研发投入强度
    subject = at.compared or listed_place or context.subject_at(at.figure.start, at.sentence_start, at.clause_start)
    if listed is not None and (place := listed.place or context.place_named_first(listed.name)):
        subject = place  # 荆门市、孝感市高新技术企业分别达到562家和528家: each city's firms
        # 江州市R&D经费投入强度达到3.46%，东阳市、南平市分别为2.85%和2.12%: places alone share the metric before
        # 江州市、宁川市的高新技术企业数量分别为…: the place's 的 goes with it
        metric = listed.name.removeprefix(place).removeprefix("的")
        if not metric and listed.growth_sign is not None and at.figure.unit in GROWTH_RATE_UNITS:
            metric = RATE_SUFFIX_RE.sub("", at.previous_name)  # 营业收入增长12%，东阳市、南平市分别增长9%和8%
        elif not metric:
            metric = at.previous_name or listed.name
        listed = ListedName(metric, listed.growth_sign, listed.growth_kind, listed.novelty)
    elif ("均" in at.lead or _bound_before_respective(at)) and subject and (sharing := _places_listed_sharing(at, subject)):
        # 武汉东湖、西安、成都3家高新区营业收入均超过2万亿元: each's, none's alone; the places listed are no part of the name
        return (context.main_subject, context.main_subject, *sharing), listed
    return (context.main_subject, subject), listed


def _bound_before_respective(at: _Clause) -> bool:
    """南岭县、石门县完成率不足70%，分别为68.2%和65.4%: a bound the places listed share, as with 均, their own values
    after it."""
    return at.figure.qualifier in ("over", "under") and at.text.startswith(("，分别", ",分别"), at.figure.end)


def _places_listed_sharing(at: _Clause, subject: str) -> tuple[str, ...]:
    """The place ``subject`` and those listed after it, when it is one item of a list before the figure and 均 after
    it says the figure holds for each; () else."""
    words = at.text[max(at.sentence_start, at.figure.number_start - LISTED_ITEMS_REACH):at.figure.number_start]
    named = words.rfind(subject)
    if named == -1:
        return ()
    end = named + len(subject)
    if not (words[end:end + 1] in LIST_JOINER_CHARS or words[named - 1:named] == "、") \
            or ("均" not in words[end:] and not _bound_before_respective(at)):
        return ()
    places = [subject]
    while words[end:end + 1] in LIST_JOINER_CHARS and (place := at.context.place_named_first(words[end + 1:])):
        places.append(place)  # 宁川高新区和桐宇高新区: the items after it
        end += 1 + len(place)
    return tuple(places)


def _name(at: _Clause, measure: _Measure, subjects: tuple[str, ...], listed: ListedName | None,
          before: Indicator | None) -> str:
    """The metric's name: from a list it is a member of, from the row before it (an attribute of things counted,
    a range's upper end, a compared place's figure), or from its own words, then from the words around them."""
    figure, previous, lead = at.figure, at.previous, at.lead
    if measure.listed_rate:
        return listed.name + "增速"
    if listed is not None:
        return listed.novelty + listed.name
    if previous is not None and _counts_things(previous.unit) and not figure.unit.endswith(PERCENT_UNITS) \
            and (attribute := attribute_of(lead) or attribute_of(_after_counted_noun(lead, previous.indicator))) \
            and (previous.unit[-1:] not in OBJECT_MEASURE_WORDS or attribute.endswith(OUTPUT_ATTRIBUTES)):
        return _owner_of_attribute(previous.indicator, attribute) + attribute
    if (figure.range_upper or at.compared or _paired_by_slash(at)) and at.previous_name:
        return at.previous_name
    name = figure_name(lead, at.tail, figure.unit, measure.kind_of_rate(figure.unit), subjects)
    if name in METRIC_ANAPHORS and (again := previous or before) is not None and _same_base_unit(again.unit, figure.unit):
        # 营业收入还不到三百亿元；2023年，这一数字达到一千二百三十亿元: 营业收入 again, in its sentence or the one before
        return at.previous_name if again is previous else before.indicator
    # 推动锂电新能源产业产值达到260亿元；支持梅溪锂能产值突破120亿元: the company named before it owns its 产值
    named_by_company = name and subjects[1] in at.context.company_names and subjects[1] in lead
    name = relative_name(name, "" if named_by_company else at.previous_name, measure.growth_kind, lead, figure.unit)
    if previous is not None and "目标" in lead and previous.unit == figure.unit and at.previous_name \
            and TARGET_ONLY_RE.fullmatch(lead):
        name = at.previous_name + "目标"  # 全员劳动生产率达到15.3万元/人，规划目标值为16万元/人: the productivity's
    if previous is not None and _same_base_unit(previous.unit, figure.unit) \
            and (done := done_of_planned(name, at.previous_name)):
        name = done  # 规划产能20GWh，目前已建成8GWh: 建成产能
    if previous is not None and at.lead_start and at.lead_start - 1 == at.previous_end \
            and at.text[at.lead_start - 1] in "、，" and is_count_unit(figure.unit) and is_count_unit(previous.unit):
        if at.text[at.lead_start - 1] == "、":
            name = shared_novelty(name, at.previous_name, lead)  # 新增A 8家、B 65家: B is new too
        name = shared_counted_noun(name, at.previous_name)  # 新开工项目312个、竣工投产196个: projects too
    if name.startswith("占") and previous is None and at.clause_start > at.sentence_start and (owner := (
            _metric_of_clause_before(at.text, at.context, at.clause_start, "", subjects, SCANT_METRIC_RE))):
        name = owner + name  # 规上工业企业数量少，仅占全市的4.2%: the share of the metric said to be scant
    if name in INVOLVED_AMOUNT_NAMES and at.clause_start > at.sentence_start:
        name = _finding_before(at) + name  # 11个项目建成后闲置，涉及资金836万元: 闲置项目涉及资金
    if name.endswith(CAP_WORDS) and at.clause_start > at.sentence_start \
            and (aid := capped_aid(name, at.text[at.sentence_start:at.clause_start])):
        name = aid  # 对企业技术改造贷款给予贴息，单个企业最高不超过500万元: 单个企业贴息
    if name in PER_PERIOD_WORDS and at.clause_start > at.sentence_start and (charge := (
            _metric_of_clause_before(at.text, at.context, at.clause_start, "", subjects, CHARGED_METRIC_RE))):
        name = charge + name  # 基本电价按变压器容量计收，每月30元/千伏安: the charge, each month
    name = name or _name_from_around(at, measure, subjects, before)
    if previous is not None and "每" in at.previous_name and name and not name.startswith("每"):
        name = _per_population_shared(at) + name
    if not name and measure.named_after:
        name = rate_suffix(measure.growth_kind)  # 江州高新区以12.5%的增速位居第一: its 增速
    return name


def _paired_by_slash(at: _Clause) -> bool:
    """储能电站规模120MW/240MWh: the figure after a slash right after another is the same thing's other measure
    (power, then energy), named as that one."""
    return at.lead == "/" and at.previous is not None and at.previous.end == at.previous_end


def _after_counted_noun(lead: str, counted: str) -> str:
    """营业收入合计 in 生物医药板块7家公司营业收入合计98.5亿元: the words after the noun of the things just counted,
    which the figure sums up; '' when the lead opens with no such noun or sums nothing (19家高新区营业收入超过1万亿元:
    each's, no sum of theirs)."""
    if "计" not in lead or not any(word in lead for word in SUMMED_AFTER):
        return ""
    noun = noun_after(lead)
    return lead[len(noun):] if noun and lead.startswith(noun) and counted.endswith(noun) else ""


def _per_population_shared(at: _Clause) -> str:
    """每10万人中拥有大学文化程度的由10358人上升为18473人；拥有高中文化程度的由14876人…: the per-population the name
    before opens with, when the figure's words go on as those after it did (拥有…); '' else."""
    per = PER_POPULATION_RE.match(at.previous_name)
    if per is None:
        return ""
    written = at.text.find(per.group(0), at.sentence_start, at.previous_end)
    opening = at.lead.lstrip()[:2]
    if written == -1 or len(opening) < 2 or not at.text.startswith(opening, written + len(per.group(0))):
        return ""
    return per.group(0)


def _finding_before(at: _Clause) -> str:
    """The finding the clause before a figure states (an audit's), or ''."""
    before_start = max(at.context.clause(at.clause_start - 1)[0], at.sentence_start)
    return finding_of(at.text[before_start:at.clause_start - 1])


def _name_from_around(at: _Clause, measure: _Measure, subjects: tuple[str, ...], before: Indicator | None) -> str:
    """The name of a figure its own words do not name: from the clause or sentence before it, its line's label or
    card, or the sentence it is a part of; '' for none."""
    text, growth_kind = at.text, measure.growth_kind
    clause_start, sentence_start = at.clause_start, at.sentence_start
    name = ""
    if growth_kind and clause_start > sentence_start:
        name = _metric_of_earlier_rate(text, sentence_start, clause_start, growth_kind)
    if not name and clause_start > sentence_start:
        name = _metric_of_clause_before(text, at.context, clause_start, growth_kind, subjects)
    if not name and before is not None and before.indicator and PART_OPENING_RE.match(text, sentence_start):
        rate_kind = measure.kind_of_rate(at.figure.unit)
        if rate_kind and before.growth_kind:
            name = RATE_SUFFIX_RE.sub("", before.indicator) + rate_suffix(rate_kind)  # …增长6.9%。其中，10月份增长8.1%
        elif not rate_kind and _same_base_unit(before.unit, at.figure.unit):
            name = before.indicator  # 工业总产值：完成862.47亿元…。其中，8月份完成118.3亿元: a part of that output
    if not name and clause_start > sentence_start and (topic := TOPIC_OPENING_RE.match(text, sentence_start)):
        name = topic["metric"]  # 在研发投入强度上，海州4.6%、临泽3.9%: the metric the sentence opens on
    if not name and not at.lead.strip() and (card := DATA_CARD_RE.match(text, at.figure.end)) \
            and not _labelled_above(text, at.figure.number_start):
        name = card["name"]  # a data card: the figure on a line of its own, its name on the next
    if not name and (label := _label_line_before(text, at.figure.number_start)):
        # 国家高新技术企业 / 净增118家, 规上工业增加值 / 增长8.1%: the label opens the figure's words
        name = figure_name(label + at.lead.strip(), "", at.figure.unit, measure.kind_of_rate(at.figure.unit), subjects)
    if not name and is_count_unit(at.figure.unit):
        name = _total_under_count(text, at.figure.number_start)
    return name


def _qualified_name(at: _Clause, name: str, measure: _Measure) -> str:
    """The name told apart further: by whom an amount is given to, as the whole a part is of, as a target, or as
    one month's."""
    text, sentence_start, previous = at.text, at.sentence_start, at.previous
    if name.startswith(SECTOR_LESS_OPENINGS) and (sector := _bullet_heading_above(text, at.figure.number_start)):
        name = sector + name.removeprefix("相关")  # ● 集成电路 / 集聚企业1000余家: 集成电路企业
    if name.endswith(AMOUNT_NOUNS) and _gives_to_several(text, sentence_start, at.sentence_end):
        name = _recipient_of(text, at.context, at.clause_start, at.figure.number_start, name) + name
    if previous is not None and name == at.previous_name and previous.unit == at.figure.unit and "其中" in at.lead:
        name = _whole_of_part(name, previous, measure.value)
    if name and "目标" not in name and (
            measure.aimed or _listed_as_target(at.context, text, sentence_start, at.figure.number_start, at.figure.unit)):
        name += "目标"  # 营业收入增长8%的预期目标, 主要预期目标是：地区生产总值增长6%左右: 地区生产总值增速目标
    if previous is not None and name[:1].isdigit() and (month := MONTH_OPENING_NAME_RE.match(name)) \
            and at.previous_name.startswith(month.group(0)) \
            and (period := _own_period(text, at.previous_end, at.figure.number_start)):
        name = period + name[month.end():]
    if name and (month := _single_month(text, sentence_start, at.clause_start, at.figure.number_start)) \
            and not name.startswith(month):
        if name == at.previous_name:  # 平均值为5.3%，12月份为5.1%: the month's value, not its average
            name = AVERAGE_AT_END_RE.sub("", name) or name
        name = month + name
    return name


def _bullet_heading_above(text: str, number_start: int) -> str:
    """集成电路 of ● 集成电路, the bullet heading alone on the line right above the figure's, or ''."""
    line_start = text.rfind("\n", 0, number_start) + 1
    if not line_start:
        return ""
    heading_start, heading_end = _line_above(text, line_start)
    heading = BULLET_HEADING_RE.fullmatch(text, heading_start, heading_end)
    return heading["sector"] if heading else ""


def _label_line_before(text: str, number_start: int) -> str:
    """地区生产总值 / 386.5亿元, 国家高新技术企业 / 净增118家: the label alone on the line (blank lines passed over)
    before a figure whose line opens with it or with its change; '' for none."""
    line_start = text.rfind("\n", 0, number_start) + 1
    if not line_start or not LABELLED_LINE_OPENING_RE.fullmatch(text, line_start, number_start):
        return ""
    label_start, label_end = _line_above(text, line_start)
    if label_start != line_start and number_start > line_start \
            and SELECTED_NUMBER_RE.fullmatch(text, label_start, label_end):  # 规上工业企业 / 312家 / 净增27家
        label_start, label_end = _line_above(text, label_start)
    label = LABEL_LINE_RE.fullmatch(text, label_start, label_end)
    return label[0] if label else ""


def _labelled_above(text: str, number_start: int) -> bool:
    """规上工业总产值 / 7800亿元 / 新增上市公司 / 9家: a figure alone on its line under a label of its own is named
    by it, not by the next card's label below; 10.2万家 / 市场主体 / 3家 / 新增上市公司: a label under a figure's
    line is that figure's name, not a label of the figure below it."""
    if not _label_line_before(text, number_start):
        return False
    label_start, _ = _line_above(text, text.rfind("\n", 0, number_start) + 1)
    above_start, above_end = _line_above(text, label_start)
    return above_start == label_start or SELECTED_NUMBER_RE.fullmatch(text, above_start, above_end) is None


def _total_under_count(text: str, number_start: int) -> str:
    """新增上市公司 / 9家 / 累计达67家: a total on the line under a card's count is the total of what it counts
    (上市公司总数), as 新增上市公司9家，累计达67家 is; '' for none."""
    line_start = text.rfind("\n", 0, number_start) + 1
    if not line_start or not TOTAL_LINE_OPENING_RE.fullmatch(text, line_start, number_start):
        return ""
    count_start, count_end = _line_above(text, line_start)
    if count_start == line_start or not SELECTED_NUMBER_RE.fullmatch(text, count_start, count_end):
        return ""
    label = LABEL_LINE_RE.fullmatch(text, *_line_above(text, count_start))
    return total_name(label[0]) if label else ""


def _line_above(text: str, line_start: int) -> tuple[int, int]:
    """The span of the nearest line above ``line_start`` that is not blank (itself at the text's start)."""
    end = line_start - 1
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return (text.rfind("\n", 0, end) + 1, end) if end > 0 else (line_start, line_start)


def _listed_as_target(context: TextContext, text: str, sentence_start: int, number_start: int, unit: str) -> bool:
    """主要预期目标是：地区生产总值增长6%左右，一般公共预算收入50亿元: the sentence lists targets, not results;
    so does 力争/确保 before a figure in its part of the sentence (力争全年地区生产总值突破3300亿元), and this year's
    预期增长 before a rate (今年全市生产总值预期增长6%左右，规上工业增加值增长7%以上: the growth aimed at, and the rates
    listed after it; a budget's 收入预期增长5% is its projection)."""
    if not context.names_aims:
        return False
    start = max(sentence_start, text.rfind("；", sentence_start, number_start) + 1)
    if text.find("力争", start, number_start) != -1 or text.find("确保", start, number_start) != -1:
        return True
    if unit in GROWTH_RATE_UNITS and (expected := text.find("预期增长", start, number_start)) != -1 \
            and text.find("今年", start, expected) != -1:
        return True
    return text.find("目标", sentence_start, number_start) != -1 \
        and TARGETS_LISTED_RE.search(text, sentence_start, number_start) is not None


def _gives_to_several(text: str, sentence_start: int, sentence_end: int) -> bool:
    """对首次认定的…给予每家20万元奖励；对重新认定的，给予每家5万元奖励: the sentence gives amounts to several
    recipients, each amount told apart by whom it is for (a single 对新落户的博士给予10万元安家补贴 needs not)."""
    return text.count("对", sentence_start, sentence_end) >= 2 and text.count("给", sentence_start, sentence_end) >= 2


def _recipient_of(text: str, context: TextContext, clause_start: int, number_start: int, noun: str) -> str:
    """首次认定的国家高新技术企业 in 对首次认定的国家高新技术企业给予每家20万元奖励, 重新认定 in 对重新认定的，给予
    每家5万元奖励: those an amount is given to, in its clause or the one before; '' for none."""
    start = context.clause(clause_start - 1)[0] if clause_start and text[clause_start - 1] in ",，" else clause_start
    recipient = RECIPIENT_RE.search(text, start, number_start)
    if recipient is None or recipient["whom"][-2:] in noun:
        return ""  # 对首次在区内购房的，给予…购房补贴: the noun says it already
    whom = recipient["whom"]
    if len(whom) > MAX_RECIPIENT_CHARS and "的" in whom:
        whom = whom[whom.rfind("的") + 1:]  # 新入职区内企业的全日制本科毕业生: the graduates
    return whom


def _whole_of_part(name: str, previous: Indicator, value: float) -> str:
    """…2864家，比上年净增386家，其中鹤林高新区1526家: a part larger than the change before it is a part of the
    level the change is of."""
    if value > previous.value and (change := TRAILING_CHANGE_RE.search(name)):
        return name[: change.start()]
    return name


def _enumeration_start(context: TextContext, text: str, clause_start: int, previous_end: int) -> int:
    """电力、热力、燃气及水生产和供应业增加值…: a name listing its parts with 、 begins at its first part
    (no figure between)."""
    while clause_start > 1 and text[clause_start - 1] == "、":
        earlier = context.clause(clause_start - 2)[0]
        if earlier < previous_end:
            break  # 集聚15所高校、在校大学生18万人: the part before belongs to the figure before
        clause_start = earlier
    return clause_start


def _single_month(text: str, sentence_start: int, clause_start: int, number_start: int) -> str:
    """9月, 当月: the single month a figure's clause opens with, or the sentence opens with when no other time
    phrase comes between; '' for none."""
    if text.find("月", sentence_start, number_start) == -1:
        return ""  # most figures have no month before them: spare the matches
    opening = SINGLE_MONTH_RE.match(text, clause_start)
    if opening is None and clause_start > sentence_start:
        opening = SINGLE_MONTH_RE.match(text, sentence_start)
        if opening is not None and OTHER_PERIOD_RE.search(text, opening.end(), number_start):
            return ""  # 9月份实现…；1-9月…: the month names only its own clause
    if opening is None:
        return ""
    if opening["this"]:
        return opening["this"]
    return f"{int(opening['month'])}月" if 1 <= int(opening["month"]) <= 12 else ""


def _own_period(text: str, previous_end: int, number_start: int) -> str:
    """1—9月 in …上涨0.9%；1—9月，累计上涨0.6%: the period stated between the figure before and this one, or ''."""
    period = OWN_PERIOD_RE.search(text, previous_end, number_start)
    return re.sub(r"\s", "", period["period"]) if period else ""


def _follows(text: str, earlier: tuple[int, int], sentence: tuple[int, int]) -> bool:
    """Whether ``sentence`` comes right after the sentence ``earlier``, nothing but spaces between."""
    return earlier[1] < sentence[0] and not text[earlier[1] + 1:sentence[0]].strip()


def _metric_of_clause_before(text: str, context: TextContext, clause_start: int, growth_kind: str,
                             subjects: tuple[str, ...], predicate: re.Pattern = PREDICATED_METRIC_RE) -> str:
    """汽车类零售额在以旧换新政策带动下，10月份增长12.4%; 电子信息产业产值增长最快，同比增长16.2%: a figure named
    by nothing is of the metric the clause before opens with, then says what drove it or how it ranks (or,
    with ``predicate``, something else)."""
    before_start = context.clause(clause_start - 1)[0]
    predicated = predicate.fullmatch(text, before_start, clause_start - 1)
    if predicated is None:
        return ""
    metric = strip_lead(predicated["metric"], subjects, not growth_kind)
    return metric + rate_suffix(growth_kind) if metric and growth_kind else metric


def _metric_of_earlier_rate(text: str, sentence_start: int, clause_start: int, growth_kind: str) -> str:
    """居民消费价格同比持平，环比上涨0.3%: a rate named by nothing takes the metric whose other rate (or whose
    price index) opened the sentence."""
    opening = EARLIER_RATE_RE.match(text, sentence_start, clause_start)
    if opening is None and text.find("指数", sentence_start, clause_start) != -1:
        opening = PRICE_INDEX_RE.match(text, sentence_start, clause_start)  # 价格总指数为101.9，比上年上涨1.9%
    return opening["metric"] + rate_suffix(growth_kind) if opening else ""


def _owner_of_attribute(counted: str, attribute: str) -> str:
    """金融机构达139家、注册资本300亿元: the institutions' capital; 产量15.6万辆，产值300亿元: the output's
    value, not the output's; 数字经济企业2500多家，整体产值130亿元: the industry's output; 产值超10亿元企业12家，
    合计产值506.2亿元: the firms'."""
    # 项目412个，同比增加37个，协议投资总额…: the projects' measure, not their count's change
    owner = CHANGE_AT_END_RE.sub("", counted)
    owner = owner.removesuffix(COUNT_MEASURES_RE.search(owner)[0])
    if attribute.endswith(OUTPUT_ATTRIBUTES) and owner.endswith("企业") and len(owner) > 2 \
            and not THRESHOLD_GROUP_RE.search(owner):  # 产值超10亿元企业, 规模以上企业: the firms, not an industry
        owner = owner.removesuffix("企业")
    return owner


def _counts_things(unit: str) -> bool:
    """Firms, projects, institutions have capital and output; people counted (人, 名) do not."""
    return is_count_unit(unit) and not unit.endswith(PERSON_UNITS)


def _in_base_units(value: float, factor: float) -> float:
    """2345.7 × 1e8 is 234570000000, not 234569999999.99997: round away the binary noise."""
    return value if factor == 1 else float(f"{value * factor:.15g}")


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
    context = TextContext(normalize(document.text), title=document.title, publish_year=document.publish_year,
                          publish_month=document.publish_month, publisher=document.publisher)
    sentence_start, sentence_end = context.sentence(start)
    return Indicator(
        source=document.source, indicator="", value=value, unit=unit, value_base=_in_base_units(value, factor),
        base_unit=base_unit, qualifier="", year=context.year_at(start), growth_pct=None, growth_kind="",
        subject=context.subject_at(start), category="other", quote=document.text[start:end],
        start=start, end=end, sentence=document.text[sentence_start:sentence_end].strip(),
    )
