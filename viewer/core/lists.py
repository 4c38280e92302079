"""Figures listed against a list of names or places: each member of one list takes its place in the other.

鹤湖、澄江、锦屏三家高新区研发投入分别为…, 排在前三位的分别是…，增速分别为…, …分别恢复到2019年的108.4%和103.7%:
the places, names and levels these lists pair with each figure, by the figure's index among a text's figures.
"""

from __future__ import annotations

import re

from viewer.core.context import TextContext
from viewer.core.figures import Figure
from viewer.core.growth import DECLINE_VERBS, RATE_VERBS
from viewer.core.naming import (
    LISTED_FIGURE_GAP_RE, NAME_LIST_SEPARATOR_RE, PLACE_END_CHARS, ListedName, listed_figure_count, strip_lead,
)
from viewer.core.units import PERCENT_UNITS, RATIO_UNITS

# 接待游客1.25亿人次，旅游总收入562.3亿元，分别恢复到2019年的108.4%和103.7%: each share is how far the level in its
# position is back to the base year's.
RESPECTIVE_RECOVERY_RE = re.compile(r"分别恢复(?:至|到)(?:(?:19|20)\d\d年)?(?:同期)?(?:水平)?的?$")
RECOVERY_LEAD_CHARS = 20
PERCENT_LIST_GAP_RE = re.compile(r"[、和及]")

# The parts of a ranking: its verb, the top places (前三位, 前3名), and 分别 opening the figures (the metric again
# may stand before it: 综合得分分别为).
RANK_VERBS = "排在|排名|位居|位列|居"
TOP_RANKS = r"前[一两二三四五六七八九十\d]{1,2}[位名]?"
RESPECTIVELY_AGAIN = r"(?P<again>[\u4e00-\u9fffA-Za-z]{0,12}?)分别"
RESPECTIVELY_TAIL = rf"{RESPECTIVELY_AGAIN}(?:为|是|达到|达)?$"
# 营业收入增速排在前三位的分别是鹤源高新区、嵩北高新区和漯阳高新区，增速分别为13.2%、9.4%和9.1%: the places ranked
# first, then their figures of the metric they were ranked by, in the same order; 发明专利授权量前三位为…, 排名前三的是…
# rank them too, and 分别增长24.6%、19.8%… gives each its rate.
RANKED_PLACES_RE = re.compile(
    rf"(?P<metric>[\u4e00-\u9fffA-Za-z&]{{2,20}}?)(?:{RANK_VERBS})?{TOP_RANKS}的?(?:分别)?(?:是|为|有)"
    rf"(?P<places>[^,，;；。:：]{{4,60}}?)[,，]{RESPECTIVELY_AGAIN}"
    rf"(?:为|是|达到|达|(?:比上年|较上年|同比)?(?P<growth>{RATE_VERBS}))?$"
)
# 人口超过10万人的街道有3个，分别是湖滨街道、新河街道和望江街道，常住人口分别为15.62万人、12.38万人和10.95万人: places
# listed after 分别是, then their figures in the same order.
PLACES_LISTED_RE = re.compile(rf"分别(?:是|为)(?P<places>[^,，;；。:：]{{4,60}}?)[,，]{RESPECTIVELY_TAIL}")
RANKED_LEAD_CHARS = 120
# 长沙高新区、株洲高新区、湘潭高新区位列全省前三名，综合得分分别为92.36分、85.71分和81.05分; 泊州市、桓州市、楚阳市
# 高新技术企业数量位列全省前三，分别达到6842家、…: the places (and the metric they rank by) before their rank, then
# their figures in the same order. 居 is no rank in 居民.
PLACES_BEFORE_RANK_RE = re.compile(
    r"(?<![^,，;；。:：\s])(?P<places>[^,，;；。:：]{2,60}?)(?:位列|排名|位居|排在|分列|居(?!民))"
    rf"(?:全[省市国区县])?[\u4e00-\u9fff]{{0,8}}?{TOP_RANKS}[,，]{RESPECTIVELY_TAIL}"
)
# R&D经费支出超过20亿元的有4个，分别是江阳高新区68.42亿元、滨江区35.19亿元和临溪县21.06亿元 (or 临州市（412.38亿元）):
# each place written right before its value; the values are of the metric the places passed a threshold of.
PLACE_BEFORE_FIRST_VALUE_RE = re.compile(r"分别(?:是|为)(?P<place>[\u4e00-\u9fff]{2,12})[（(]?$")
PLACE_BEFORE_NEXT_VALUE_RE = re.compile(r"[）)]?(?:、|和|及|与)(?P<place>[\u4e00-\u9fff]{2,12})[（(]?")
PLACE_BEFORE_VALUE_LEAD_CHARS = 16
THRESHOLD_METRIC_RE = re.compile(r"(?P<metric>[\u4e00-\u9fffA-Za-z&]{2,16}?)(?:超过|超|高于|突破|达到|达|在|过)\d")
MAX_LISTED_PLACE_CHARS = 6
# 计算机、通信和其他电子设备制造业，汽车制造业，电气机械和器材制造业R&D经费支出居前三位，分别为31.25亿元…: industries
# whose names hold 、 and 和 are listed with ，; each figure is its industry's metric.
INDUSTRIES_BEFORE_RANK_RE = re.compile(
    r"(?<![^,，;；。:：\s])(?P<industries>(?:[^,，;；。:：]{2,30}?业[,，]){1,5}[^,，;；。:：]{2,30}?业)"
    rf"(?P<metric>[\u4e00-\u9fffA-Za-z&]{{2,12}}?)(?:{RANK_VERBS})(?:全[省市国区县])?{TOP_RANKS}[,，]{RESPECTIVELY_TAIL}"
)
INDUSTRY_LIST_SEPARATOR_RE = re.compile(r"[,，]")
RATE_NAME_AT_END_RE = re.compile(r"(?:增速|增幅)$")
NAMES_JOINED_RE = re.compile(r"[、和及与]")
# 2020年至2022年，营业收入分别为3.26亿元、5.18亿元和7.94亿元: a span of years before a list of as many figures gives
# each its own year, in order (2020, 2021, 2022), not all the last.
YEAR_SPAN_RE = re.compile(r"((?:19|20)\d\d)\s?年?\s?(?:至|到|—|-|~)\s?((?:19|20)\d\d)\s?年(?!以来|来)")
YEAR_NAMED_RE = re.compile(r"(?:19|20)\d\d\s?年")
RESPECTIVELY_REACH = 10


def respective_places(text: str, context: TextContext, figures: list[Figure],
                       names_in_lists: dict[int, ListedName]) -> dict[int, str]:
    """鹤湖、澄江、锦屏三家高新区研发投入分别为…，占地区生产总值比重分别为15.9%、7.8%和8.5%: a later 分别 list of the
    sentence is of the places the first one listed, in the same order (by figure index)."""
    places_of: dict[int, str] = {}
    listed = sorted(names_in_lists)
    runs = [[listed[0]]]
    for index in listed[1:]:
        if index == runs[-1][-1] + 1:
            runs[-1].append(index)
        else:
            runs.append([index])
    for run in runs:
        places = [names_in_lists[index].place or context.place_named_first(names_in_lists[index].name) for index in run]
        if not all(places):
            continue
        sentence_end = context.sentence(figures[run[0]].start)[1]
        following = run[-1] + 1
        while following < len(figures) and figures[following].start < sentence_end and following not in names_in_lists:
            members = [following]
            if NAMES_JOINED_RE.search(text, figures[following - 1].end, figures[following].number_start):
                break  # …；茶叶产量居前三位的是云雾乡、石桥镇和龙潭镇，分别为: other places listed
            if text.find("分别", max(0, figures[following].number_start - 10), figures[following].number_start) != -1:
                while len(members) < len(run) and members[-1] + 1 < len(figures) and LISTED_FIGURE_GAP_RE.fullmatch(
                        text, figures[members[-1]].end, figures[members[-1] + 1].number_start):
                    members.append(members[-1] + 1)
                if len(members) == len(run):
                    places_of.update(zip(members, places))
            following = members[-1] + 1
    return places_of


def ranked_places(text: str, context: TextContext, figures: list[Figure]) -> dict[int, tuple[ListedName | None, str]]:
    """…排在前三位的分别是鹤源高新区、嵩北高新区和漯阳高新区，增速分别为13.2%、9.4%和9.1%; 长沙高新区、株洲高新区、
    湘潭高新区位列全省前三名，综合得分分别为…: the name (None: the figure's own) and place of each listed figure (by index)."""
    ranked: dict[int, tuple[ListedName | None, str]] = {}
    for index, figure in enumerate(figures):
        if index in ranked or text.find("分别", max(0, figure.number_start - 10), figure.number_start) == -1:
            continue
        lead_start = max(context.sentence(figure.start)[0], figure.number_start - RANKED_LEAD_CHARS)
        industries: list[str] = []
        if (match := RANKED_PLACES_RE.search(text, lead_start, figure.number_start)) is not None:
            places = [_listed_place(context, name) for name in NAME_LIST_SEPARATOR_RE.split(match["places"])]
            written_metric = match["metric"]
        elif (match := INDUSTRIES_BEFORE_RANK_RE.search(text, lead_start, figure.number_start)) is not None:
            industries = INDUSTRY_LIST_SEPARATOR_RE.split(match["industries"])  # no places: the sentence's own
            places, written_metric = [""] * len(industries), match["metric"]
        elif (match := PLACES_BEFORE_RANK_RE.search(text, lead_start, figure.number_start)) is not None:
            places, written_metric = _places_and_metric(context, match["places"])
        elif (match := PLACES_LISTED_RE.search(text, lead_start, figure.number_start)) is not None:
            places = [_listed_place(context, name) for name in NAME_LIST_SEPARATOR_RE.split(match["places"])]
            written_metric = ""  # the metric is named again before 分别
        else:
            continue
        members = [index]
        while len(members) < len(places) and members[-1] + 1 < len(figures) and LISTED_FIGURE_GAP_RE.fullmatch(
                text, figures[members[-1]].end, figures[members[-1] + 1].number_start):
            members.append(members[-1] + 1)
        if len(places) < 2 or len(members) != len(places) or not (all(places) or industries):
            continue
        metric = strip_lead(written_metric, ()) if written_metric else ""  # 营业收入 (its 增速 is told by the rate)
        again = strip_lead(match["again"], ()) if match["again"] else ""  # 增速分别为: the same metric
        name = again if again and not metric.endswith(again) else metric
        listed = None
        if name:
            growth = match.groupdict().get("growth")
            rate = figure.unit in PERCENT_UNITS and (
                growth is not None or any(RATE_NAME_AT_END_RE.search(part) for part in (written_metric, match["again"])))
            listed = ListedName(name, (-1.0 if growth in DECLINE_VERBS else 1.0) if rate else None)
        if industries:
            if listed is not None:
                ranked.update((member, (ListedName(industry + listed.name, listed.growth_sign), ""))
                              for member, industry in zip(members, industries))
            continue
        ranked.update((member, (listed, place)) for member, place in zip(members, places))
    return ranked


def places_before_values(text: str, context: TextContext, figures: list[Figure]) -> dict[int, tuple[ListedName | None, str]]:
    """…的有4个，分别是江阳高新区68.42亿元、滨江区35.19亿元和临溪县21.06亿元: the place written before each listed
    value, and the metric (None: unnamed) of the threshold the sentence counted the places by (by figure index)."""
    paired: dict[int, tuple[ListedName | None, str]] = {}
    index = 0
    while index < len(figures):
        figure = figures[index]
        lead_start = max(0, figure.number_start - PLACE_BEFORE_VALUE_LEAD_CHARS)
        first = PLACE_BEFORE_FIRST_VALUE_RE.search(text, lead_start, figure.number_start) \
            if text.find("分别", lead_start, figure.number_start) != -1 else None
        if first is None:
            index += 1
            continue
        members, places = [index], [_inline_place(context, first["place"])]
        while members[-1] + 1 < len(figures) and (gap := PLACE_BEFORE_NEXT_VALUE_RE.fullmatch(
                text, figures[members[-1]].end, figures[members[-1] + 1].number_start)):
            members.append(members[-1] + 1)
            places.append(_inline_place(context, gap["place"]))
        if len(members) > 1 and all(places):
            sentence_start = context.sentence(figure.start)[0]
            threshold = THRESHOLD_METRIC_RE.search(text, sentence_start, first.start())
            metric = strip_lead(threshold["metric"], ()) if threshold else ""
            listed = ListedName(metric, None) if metric else None
            paired.update((member, (listed, place)) for member, place in zip(members, places))
        index = members[-1] + 1
    return paired


def _inline_place(context: TextContext, written: str) -> str:
    """江阳高新区, 东城区: the place as written when it is one ('' for 计算机 or 分别是江阳高新区)."""
    return written if _listed_place(context, written) == written else ""


def _listed_place(context: TextContext, written: str) -> str:
    """The place a listed name opens with; a short name ending as places do (东城区, 城关镇, 湖滨街道) is one too."""
    place = context.place_named_first(written)
    if not place and 2 <= len(written) <= MAX_LISTED_PLACE_CHARS and (
            written[-1] in PLACE_END_CHARS or written.endswith("街道") and len(written) > 2):
        return written  # 城关镇, 湖滨街道
    return place


def _places_and_metric(context: TextContext, written: str) -> tuple[list[str], str]:
    """泊州市、桓州市、楚阳市高新技术企业数量 -> the three places and the words of 高新技术企业数量; no places ([]) unless each
    item but the last is a place and the last opens with one."""
    items = NAME_LIST_SEPARATOR_RE.split(written)
    places = [context.place_named_first(item) for item in items]
    if len(items) < 2 or not all(places) or not all(item.endswith(place) for item, place in zip(items[:-1], places)):
        return [], ""
    last, place = items[-1], places[-1]
    return places, last[last.find(place) + len(place):]


def respective_recoveries(text: str, figures: list[Figure], consumed: set[int]) -> dict[int, int]:
    """…1.25亿人次，…562.3亿元，分别恢复到2019年的108.4%和103.7%: the level (by index) each listed share is of."""
    levels_of: dict[int, int] = {}
    for index, figure in enumerate(figures):
        if figure.unit != "%" or not index or index in levels_of:
            continue
        lead_start = max(figures[index - 1].end, figure.number_start - RECOVERY_LEAD_CHARS)
        if not RESPECTIVE_RECOVERY_RE.search(text, lead_start, figure.number_start):
            continue
        shares = [index]
        while shares[-1] + 1 < len(figures) and figures[shares[-1] + 1].unit == "%" \
                and PERCENT_LIST_GAP_RE.fullmatch(text, figures[shares[-1]].end, figures[shares[-1] + 1].number_start):
            shares.append(shares[-1] + 1)
        levels = [i for i in range(index - 1, -1, -1) if i not in consumed][: len(shares)]
        if len(shares) > 1 and len(levels) == len(shares) and all(figures[i].unit not in RATIO_UNITS for i in levels) \
                and "。" not in text[figures[levels[-1]].end:figure.start]:  # the levels of the same sentence
            levels_of.update(zip(shares, reversed(levels)))
    return levels_of


def years_of_span_listed(text: str, context: TextContext, figures: list[Figure]) -> dict[int, int]:
    """2020年至2022年，营业收入分别为3.26亿元、5.18亿元和7.94亿元；净利润分别为…: the year (by index) of each figure of a
    分别 list that counts as many figures as the span before it in the sentence counts years, no other year between."""
    years: dict[int, int] = {}
    index = 0
    while index < len(figures):
        figure = figures[index]
        count = 1
        if text.find("分别", max(0, figure.number_start - RESPECTIVELY_REACH), figure.number_start) != -1:
            count = listed_figure_count(text, figures, index)
            span = _last_year_span(text, context.sentence(figure.start)[0], figure.number_start) if count > 1 else None
            if span is not None and int(span[2]) - int(span[1]) + 1 == count \
                    and YEAR_NAMED_RE.search(text, span.end(), figure.number_start) is None:
                years.update((index + k, int(span[1]) + k) for k in range(count))
        index += count
    return years


def _last_year_span(text: str, start: int, end: int) -> re.Match | None:
    if text.find("年", start, end) == -1:
        return None
    spans = list(YEAR_SPAN_RE.finditer(text, start, end))
    return spans[-1] if spans else None
