"""Units a figure can carry, and their base units.

Units are open-ended: besides money, area, weight and energy units, Chinese counts things with
measure words (家, 所, 名, 堂, 艘 ...), and reports combine them (万元/平方米, 元/吨). The
vocabulary below is broad on purpose; a compound ``A/B`` of any two is accepted too.
The magnitude a figure writes into its unit (亿元, 万人) is what ``numerals.split_magnitude`` strips.
"""

from __future__ import annotations

import re
from functools import lru_cache

from viewer.core.numerals import magnitude_only, split_magnitude

CURRENCIES = (
    "元人民币", "元", "美元", "欧元", "日元", "港元", "港币", "英镑", "韩元", "卢布", "澳元", "人民币", "澳门元", "澳门币",
    "新台币", "台币",
)
# 约合新台币100亿元, 累计投资约人民币50亿元: a currency some reports name before the number, its unit after it.
CURRENCIES_BEFORE_NUMBER = ("人民币", "新台币", "台币", "美元", "港元", "港币", "澳门元", "澳门币", "欧元", "日元", "英镑")
MEASURES = (
    # area, length, volume, weight
    "平方公里", "平方千米", "平方米", "平米", "㎡", "m²", "m2", "km²", "km2", "㎞²", "公顷", "亩", "公里", "千米", "米", "厘米",
    "立方米", "升", "微克/立方米", "毫克/立方米", "微克", "毫克", "天", "℃", "°C", "毫米", "公斤", "千克", "吨", "千克", "公斤", "斤", "克", "标准箱", "TEU", "吨标准煤", "吨标煤",
    # energy, power, data
    "千瓦时", "兆瓦时", "吉瓦时", "千伏安", "千瓦", "兆瓦", "吉瓦", "kVA", "kW", "MW", "GW", "kWh", "MWh", "GWh", "TWh", "TEU",
    "PFLOPS", "EFLOPS", "PFlops", "EFlops", "GB", "TB", "PB", "EB", "Mbps", "Gbps", "Tbps",
    # compound counts
    "吨公里", "人公里", "标箱", "人年", "人次", "台套", "台(套)", "台（套）", "户次", "台次", "架次", "车次", "辆次", "项次", "家次", "批次", "场次", "剂次", "班次", "航次", "艘次", "趟次", "标准间", "床位",
)
# Measure words (量词) that count things in these articles.
MEASURE_WORDS = (
    "个", "家", "所", "名", "位", "人", "户", "项", "件", "次", "部", "辆", "台", "套", "座", "条", "栋",
    "幢", "间", "张", "只", "头", "羽", "尾", "株", "棵", "本", "篇", "种", "类", "批", "场", "款", "支", "股", "份",
    "笔", "宗", "处", "块", "片", "校", "床", "艘", "架", "列", "堂", "区", "园", "村", "镇", "乡", "层",
    "道", "门", "节", "起", "例", "单", "枚", "颗", "盏", "根", "组", "桩",
    "口", "匹", "对", "副", "双", "箱", "包", "袋", "瓶", "首", "亩", "册", "幅", "集", "剂", "班",
    "岁",  # 预期寿命79.86岁 (an age as a class, 35岁以下, is no figure: see figures)
    "分",  # 综合得分96.52分 (only after a score's name: see figures)
    "期",  # 累计发行各类债券6期 (only after a verb of issuing or holding: not 二期工程, 第3期; see figures)
)
# Figures relative to another rather than levels: shares and rates, multiples, differences in points.
PERCENT_UNITS = ("%", "‰")
GROWTH_RATE_UNITS = ("%", "倍")  # a growth rate is written in per cent or as a multiple
# 下降约40个基点: basis points (hundredths of a point), a difference as 百分点 is, no count of 个.
POINTS_UNITS = ("个百分点", "百分点", "个基点", "基点")
RELATIVE_UNITS = PERCENT_UNITS + ("倍",)
RATIO_UNITS = PERCENT_UNITS + POINTS_UNITS + ("倍",)
# 1850元/月, 10万吨/年, 24.7立方米/秒: a period, only as a denominator (分钟 before the score's 分).
PER_PERIODS = ("月", "年", "日", "小时", "秒", "分钟", "周")
# 12元/平方米·月, 0.8元/㎡·天: a price per area and period, the period joined to the area by a dot.
PER_AREA_PERIOD = "·(?:月|年|天|日)"
AREA_UNITS = ("平方米", "平方公里", "亩", "公顷", "平方千米", "平米", "㎡", "m²", "m2", "km²", "km2", "㎞²")

BASE_UNITS: tuple[str, ...] = tuple(dict.fromkeys(CURRENCIES + MEASURES + MEASURE_WORDS + RATIO_UNITS))

# Other spellings of a base unit: figures in ㎡ and in 平方米 add up and plot together.
SAME_UNIT = {
    "㎡": "平方米", "m²": "平方米", "m2": "平方米", "平米": "平方米",
    "km²": "平方公里", "km2": "平方公里", "㎞²": "平方公里", "平方千米": "平方公里",
    "台(套)": "台套", "台（套）": "台套",
    "元人民币": "元", "人民币": "元",  # 2468.5亿元人民币 (customs releases) adds up with 亿元
}


@lru_cache(maxsize=4096)
def base_of(unit: str) -> tuple[str, float]:
    """The base unit and the factor to it: '亿元' -> ('元', 1e8); '%' -> ('%', 1); '万' -> ('', 1e4)."""
    only = magnitude_only(unit)
    if only is not None:
        return "", float(only)
    numerator, slash, denominator = unit.partition("/")
    base, factor = split_magnitude(numerator)
    per, dot, period = denominator.partition("·")
    base, denominator = SAME_UNIT.get(base, base), SAME_UNIT.get(per, per) + dot + period
    return base + slash + denominator, float(factor)


def unit_pattern() -> str:
    """A regex alternative matching a unit as written, magnitude included (longest first)."""
    magnitudes = "万亿|千亿|百亿|十亿|千万|百万|十万|亿|万|千"
    unit = _trie_pattern(set(BASE_UNITS))
    one = f"(?:{magnitudes})?{unit}"
    per = f"(?:{'|'.join(PER_PERIODS)}|(?:{magnitudes}|百)?{unit})"  # 部/百人: a denominator may also count hundreds
    per_population = "/(?:10|100|十|百)?万"  # 孕产妇死亡率7.26/10万: a rate per so many people, the unit as written
    return f"(?:{one}(?:/(?:{per})(?:{PER_AREA_PERIOD})?)?|{per_population}|万亿|亿|万)"


@lru_cache(maxsize=1)
def unit_regex() -> re.Pattern:
    """``unit_pattern`` compiled, when first needed (it takes milliseconds; few texts need it alone)."""
    return re.compile(unit_pattern())


def _trie_pattern(words: set[str]) -> str:
    """The words as a regex that branches one character at a time (元|元人民币 -> 元(?:人民币)?).

    Python's regex engine tries a flat alternation's hundreds of words one after another at each
    number; branching by character tries only the words that can still match. Longer words are
    tried before their prefixes, as in a longest-first alternation.
    """
    import re

    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here

    def pattern(node: dict) -> str:
        branches = [re.escape(char) + pattern(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:  # a word may also stop here: try the longer ones first
            return f"(?:{body})?"
        return body

    return pattern(trie)
