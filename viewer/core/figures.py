"""Finding figures (a number with its unit) in a normalised text, and rejecting those that are not
indicators: dates, durations, ranks, labels (四大, 500强, 十二五), per-capita denominators, codes.

A ``Figure`` knows only its own span, value, unit and qualifier; naming, years and growth
come from the surrounding text (see ``extract``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from viewer.core.growth import YEAR_ON_YEAR
from viewer.core.numerals import (
    CHINESE_NUMERAL_CHARS, PERCENT_NUMBER, TENTHS, fraction_percent, parse_arabic, parse_chinese, percent_value, tenths_value,
)
from viewer.core.units import CURRENCIES_BEFORE_NUMBER, MEASURE_WORDS, PERCENT_UNITS, unit_pattern
from viewer.core.vocabulary import ABOUT_YUE

NUMERAL_CHARS = "零〇一二两三四五六七八九十百千万亿"
ARABIC = r"\d+(?:,\d{3})*(?:\.\d+)?"
CHINESE = rf"[{NUMERAL_CHARS}]+(?:点[零〇一二三四五六七八九]+)?"
# 约/近/突破 ... directly before a number; 余/多 between number and unit; 以上/左右 after it.
PREFIX_QUALIFIERS = {  # longer words first: 不超过 before 超过 before 超
    "不超过": "under", "不少于": "over", "大约": "approx", "约合": "approx", "约": "approx", "将近": "approx", "接近": "approx", "近": "approx", "大概": "approx",
    "超过": "over", "超出": "over", "超": "over", "突破": "over", "逾": "over", "高于": "over", "多于": "over",
    "至少": "over", "最少": "over", "不低于": "over",
    "迈上": "over", "跨越": "over", "站上": "over", "跃上": "over",  # 首次迈上1.2万亿元台阶: a milestone passed
    "不足": "under", "低于": "under", "不到": "under", "少于": "under", "未满": "under",
    "至多": "under", "最多": "under", "最高": "under", "不高于": "under",
}
QUALIFIER_LAST_CHARS = frozenset(word[-1] for word in (*PREFIX_QUALIFIERS, *CURRENCIES_BEFORE_NUMBER)) | {"了", "达", "为"}
PREFIX_QUALIFIER_RE = re.compile(  # 约为820亿元; 签约了5个 is no 约; 约合新台币100亿元: about, the currency between
    "(" + "|".join(ABOUT_YUE if word == "约" else word for word in PREFIX_QUALIFIERS) + ")(?:了|达|为)?"
    "(?:" + "|".join(CURRENCIES_BEFORE_NUMBER) + ")?$")
PREFIX_QUALIFIER_REACH = 4 + max(map(len, CURRENCIES_BEFORE_NUMBER))
INNER_QUALIFIERS = {"余": "over", "多": "over", "几": "over"}
# 出资比例一般不超过子基金规模的30%, 不低于母基金出资额的1.5倍: a bound set against a whole named between it and the
# figure (not 高于全省平均水平的2.4%, where the figure is the whole's own).
BOUND_OF_WHOLE_RE = re.compile(r"(不超过|不低于|不少于|不高于|不足|不到)[^\d,，;；。的]{1,12}的$")
BOUND_OF_WHOLE_CHARS = 16
ROUND_MAGNITUDE_QUALIFIERS = frozenset("近超逾约上")  # before a bare 万: 近万户, 上万人
ROUND_HUNDREDS = {"百": 100.0, "千": 1000.0}
MINUS_SIGNS = "-−"
SUFFIX_QUALIFIERS = {"以上": "over", "左右": "approx", "以下": "under", "以内": "under", "上下": "approx"}
# 100亿元上下 is about 100亿元; 14家上下游配套企业 are firms up and down the chain.
SUFFIX_QUALIFIER_PATTERN = "以上|左右|以下|以内|上下(?!游)"
# 控制在债务限额163.50亿元以内: a limit is an exact figure; 以内 says what stays within it.
LIMIT_NAMES = ("限额", "上限")

# The pattern opens with one character class so that the regex engine skips, at C speed, the text
# that holds no number; which kind of number it is (Arabic or Chinese) is decided after that first
# character, and what stands before the figure is checked in Python (``GLUED_BEFORE``).
FIGURE_RE = re.compile(
    rf"(?P<num>[\d{NUMERAL_CHARS}](?:(?<=\d)\d*(?:,\d{{3}})*(?:\.\d+)?|(?<!\d)[{NUMERAL_CHARS}]*(?:点[零〇一二三四五六七八九]+)?))"
    # 5亿多元 and 3万余人 put the qualifier between the magnitude and the unit; 十几个, 二十几人 are as 十余个
    rf"(?P<inner>余|多|(?<=十)几)?(?:(?P<magnitude>万亿|亿|万)(?P<inner2>余|多))?"
    rf"[ \u00a0]?(?P<unit>{unit_pattern()})"  # some pages write 436.29 亿元
    rf"(?P<suffix>{SUFFIX_QUALIFIER_PATTERN})?"
)
# A number glued to a word or another number (A12, v2.5, 1.5.3) is not a figure; GDP436亿元 is.
GLUED_BEFORE = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.")
# Words that make 两成 or 一半 a share or a rate (占…的, 恢复至…的, 增长, 近, 超 …).
# 入住率维持在八成左右: a rate kept at a share.
SHARE_WORD_LEAD = (r"(?:占[^,，。;；]{0,12}?|恢复[至到][^,，。;；]{0,12}?的|增长|增加|提高|提升|上升|下降|减少|降低|超过?|逾|近|约|达到?|将近|接近"
                   r"|(?:维持|保持|稳定)在)")
# 近三成来自高校, 六成以上集中在…: the verb of where a share of things comes from or goes, right after it.
SHARE_VERBS_AFTER = "的|成长|来自|来源于|属于|集中|分布|用于|投向|流向|是"
# 两成 is 20%: only after such words and not in a word (成为).
TENTHS_RE = re.compile(
    rf"{SHARE_WORD_LEAD}(?P<num>{TENTHS})(?P<suffix>以上|左右|多)?(?:(?![\u4e00-\u9fff])|(?={SHARE_VERBS_AFTER}))"  # 超过四成的工业税收
)
# 占三大主导产业的一半左右, 超过一半, 占比半数以上 is 50%: after the same words, as a share's end (not 一半以上的时间).
HALF_RE = re.compile(
    rf"{SHARE_WORD_LEAD}(?P<num>一半|半数)(?P<suffix>以上|左右|多)?(?:(?![\u4e00-\u9fff])|(?={SHARE_VERBS_AFTER}))")
HALF_PERCENT = 50.0
# 三分之一 is 33.33%: a share written as a fraction (not 百分之, which is a percentage).
FRACTION_RE = re.compile(r"(?<![百千万])(?P<den>[二两三四五六七八九十])分之(?P<num>[一二三四五六七八九])(?P<suffix>以上|左右|多)?")
# 约1/3, 超过1/2, 达到2/5: a share written with a slash, only after a word of share or size (not 3/12, a date).
SLASH_FRACTION_RE = re.compile(
    r"(?:(?<=约)|(?<=近)|(?<=逾)|(?<=超)|(?<=占)|(?<=达)|(?<=超过)|(?<=接近)|(?<=达到)|(?<=不足)|(?<=占比))"
    r"(?P<num>\d)/(?P<den>\d{1,2})(?![\d/])"
)
# 居民消费价格指数(CPI)为100.3, 总人口性别比为104.76, 收入比值为2.34, 亿元地区生产总值生产安全事故死亡率0.034: a
# figure with no unit, right after the index or ratio word that names it (no unit, word or digit after the number);
# a note in brackets may stand between (总人口性别比（以女性为100，男性对女性的比例）为105.34).
# 综合容积率为0.92, 城乡居民收入比缩小至1.86: a plot ratio, a ratio narrowed to (the verbs a ratio moves or is held by);
# 平均容积率由1.2提升至2.0以上: the figure it moved from too (see UNITLESS_FROM), and a qualifier after the number.
UNITLESS_NAME_WORDS = ("指数", "比值", "性别比", "收入比", "系数", "死亡率", "容积率")
UNITLESS_MOVES = r"(?:缩小|扩大|下降|上升|提高|提升|增加|降低|减少)[至到]"
UNITLESS_VERBS = rf"为|是|达到?|{UNITLESS_MOVES}|降[至到]|(?:保持|维持|稳定|控制)在"
UNITLESS_FROM = rf"(?:(?:由|从)(?P<start>\d+(?:\.\d+)?)(?={UNITLESS_MOVES}))?"
UNITLESS_NUMBER = (r"(?P<num>\d+(?:\.\d+)?)(?P<suffix>以上|以下|左右)?"
                   r"(?![ \u00a0]?[\d.%‰/A-Za-z\u4e00-\u9fff]|[:：∶]\d)")
UNITLESS_FIGURE_RE = re.compile(
    rf"(?:{'|'.join(UNITLESS_NAME_WORDS)})(?:[(（][^()（）。；;]{{1,30}}[)）])?{UNITLESS_FROM}(?:{UNITLESS_VERBS})?"
    r"(?:不低于|不高于|不超过|约|近)?" + UNITLESS_NUMBER
)
# 性别比为99.68，比2010年下降1.86: the change after such a figure, with no unit either.
UNITLESS_CHANGE_RE = re.compile(
    r"[,，](?:比|较)[^,，;；。]{1,10}?(?:提高|上升|增加|下降|降低|减少)了?" + UNITLESS_NUMBER
)
# 生师比为15.99:1, 医护比为1:1.16, 城乡居民收入比为2.31:1: a ratio to one, after the word of a ratio; its figure is
# the side that is not one (15.99, 1.16), with no unit (a row has one value: the 1 it is to goes without saying, as
# the 100 of a 性别比 does). Ratios to other numbers (3:7) are no such figure.
RATIO_TO_ONE_RE = re.compile(
    r"比(?:为|是|达到?)?(?P<first>\d+(?:\.\d+)?)[:：∶](?P<second>\d+(?:\.\d+)?)(?![\d.:：∶%])")
RATIO_SIGNS = (":", "：", "∶")
# 平均受教育年限为10.42年, 平均住院日为8.6日: a measure counted in the years or days its name ends in (年 and 日 are
# otherwise dates or spans, no figures); the start of its change (由2010年的9.35年) and what follows it, the change's
# end (提高至10.42年) or the change said after it (比2010年提高0.94年), are in that unit too.
MEASURES_NAMED_BY_UNIT = ("年限", "住院日")
# 比2010年提高0.94年, 比上年提高0.21岁: the verbs of a measure's change in its own unit (years of schooling, age).
MEASURE_CHANGE_VERBS = "提高|提升|增加|延长|上升|下降|减少|降低"
MEASURE_IN_ITS_UNIT = r"(?P<num>\d+(?:\.\d+)?)(?P<unit>年|日)(?![\d.月以来前后间内度底末])"
MEASURE_NAMED_BY_UNIT_RE = re.compile(
    rf"(?:{'|'.join(MEASURES_NAMED_BY_UNIT)})(?:[由从](?:(?:19|20)\d\d年的)?|为|是|达到?)?(?:约|近|超过)?" + MEASURE_IN_ITS_UNIT
)
CHANGE_IN_ITS_UNIT_RE = re.compile(
    rf"[,，]?(?:(?:比|较)(?:(?:19|20)\d\d年|上年)?[^,，;；。\d]{{0,6}}?)?(?:{MEASURE_CHANGE_VERBS})"
    r"(?:了|到|至|为)?" + MEASURE_IN_ITS_UNIT
)
# 居民消费价格同比持平, 与上年基本持平: a rate of no change, written in words (0%, its comparison before it).
FLAT_RATE_RE = re.compile(rf"(?:{YEAR_ON_YEAR}|环比)(?P<num>(?:基本)?持平)")
PERCENT_WORDS_RE = re.compile(rf"百分之(?P<num>{PERCENT_NUMBER})(?P<suffix>{SUFFIX_QUALIFIER_PATTERN})?")
# A second number after 至/到/-/~ makes a range: 8.5亿元至10亿元, 8.5-10亿元, 3~5万人.
RANGE_SIGNS = ("至", "到", "-", "~", "—")
RANGE_TAIL_RE = re.compile(rf"(?:至|到|-|~|—)(?P<num>{ARABIC}|{CHINESE})(?P<inner>余|多)?(?P<unit>{unit_pattern()})?")
RANGE_HEAD_RE = re.compile(rf"(?<![A-Za-z0-9.])(?P<num>{ARABIC}|{CHINESE})(?:至|到|-|~|—)$")

# 2.3个和2.9个百分点, 1.1个、2.3个和2.9个百分点: counts listed before 个百分点 are points, their 个 cut from 百分点.
POINTS_LIST_JOINERS = ("和", "、", "与", "及")
_POINTS_JOINER = "(?:" + "|".join(POINTS_LIST_JOINERS) + ")"
POINTS_LISTED_AFTER_RE = re.compile(rf"(?:{_POINTS_JOINER}(?:{ARABIC}|{CHINESE})个)*{_POINTS_JOINER}(?:{ARABIC}|{CHINESE})个百分点")
# 5个人: people counted with 个; not 个 before a word opening with 人 (人才, 人口, 人员, 人民).
PERSONS_AFTER_GE_RE = re.compile(r"人(?![才口员工所税贷住户账身独资理民事力群次])")
# What a unit's next characters can turn into a non-indicator: 12个月 (duration), 3个工作日.
DURATION_AFTER_UNIT = re.compile(r"月|小时|工作日|季度|(?:会计|财政|自然|纳税)?年度|星期|周|学期")
# Characters right before a number that make it an ordinal, rank, rate base or code.
# 表1 家庭户规模构成, 附表2, 图3: a caption's number, opening its line (人大代表3名 counts deputies).
CAPTION_WORDS = ("表", "图", "附表", "续表", "附图")
RANK_BEFORE = re.compile(r"(?:第|每|排名后?|位列|位居|名列|No\.|NO\.|TOP|Top|top|编号|代码|号码|序号|(?<![目当此之以提空事年])前)$")


CURRENCY_UNIT_ENDINGS = ("元", "美元", "欧元")
# 项目五个、: a digit in words counts the noun before it when its measure word ends the clause; not after an ordinal,
# a demonstrative, a word of each (第三个, 这两个, 每三个) or the end of a verb (抓好三个, 做到了三个).
COUNT_CLOSING_CHARS = frozenset("、，,。；;")
COUNTED_MEASURE_WORDS = frozenset(MEASURE_WORDS) - {"岁", "分", "亩", "次", "层", "区", "园", "村", "镇", "乡"}
NO_COUNT_BEFORE = frozenset("第每这那该此各其几哪前后头了好到成出为是做抓搞")
# 千亿园区: measure words of places, which a count in 亿 never measures (亿园 is a park's size in its name).
SIZED_PLACE_MEASURES = ("园", "区")
THRESHOLD_LABEL_AFTER = re.compile(
    r"(?:及?以上|以下|至\d+[万亿]?元)?(?:的)?(?:规上|规模以上)?(?:工业)?(?:在建|新开工|续建|新建|签约|竣工|投产)?"
    r"(?:企业|项目|级|产业集群|集群|大项目|重点项目|工业企业|法人单位|单位|乡镇|村|街道|园区|高新区|开发区)"
    r"(?!资助|支持|补助|补贴|奖励|经费|资金|扶持)"  # 给予最高500万元项目资助: money for a project, not a class
    r"|(?:及?以上|以下)的?[\u4e00-\u9fff]{1,6}?(?=\d)"  # 50万元以上的村38个, 50亿元以上重大项目3个: a class, its count
    r"|(?:及?以上|以下)的?[\u4e00-\u9fff]{1,6}?(?:占比|比重|所占|占)"  # 月薪8000元以上岗位占比超过三成: a class, its share
    r"|的有(?=\d)"  # 超过3000亿元的有2家
    r"|(?:及?以上|以下)的[\u4e00-\u9fff]{1,8}?(?:企业|项目)"  # 对固定资产投资5亿元以上的制造业项目: a policy's condition
    # 营业收入超亿元的高新技术企业312家, 营业收入超过千亿元的国家高新区达到105家, R&D经费超过100亿元的市有4个,
    # 投入强度超过3%的县（市、区）有3个, 研发投入强度超过30%的公司有5家, 单笔融资超过1亿元的事件有29起
    r"|的[\u4e00-\u9fff]{0,8}?(?:企业|公司|事件|项目|园区|高新区|开发区|村|乡镇|行业|产业|城市|地区|市|县|区)"
    r"(?:[(（][\u4e00-\u9fff、]{1,8}[)）])?(?:达到|达|有|共有|共|为|增至|增加到|增加至)?(?=\d)"
)
# 综合得分96.52分, 得分分别为92.36分、85.71分和81.05分, 综合得分提升了6.8分;
# 综合得分为85.71分，较上年提升了6.8分: the score's change after the score itself; 企业满意度达到98.6分,
# 营商环境指数为86.2分: a satisfaction or an index is scored in 分 too
SCORE_BEFORE = re.compile(
    r"(?:(?:得分|评分|分数|分值|总分|打分|满意度|指数)(?:分别)?(?:为|是|达到|达|约|高达|(?:提升|提高|增加|下降|降低)了?)?"
    r"|\d分(?:、|和|及|与)"
    r"|\d分[,，](?:较|比)[^,，;；。\d]{1,6}?(?:提升|提高|增加|上升|下降|降低|减少)了?)$"
)
SCORE_BEFORE_CHARS = 16
# 以94.81分位居综合排名第1, 分别以93.57分、92.04分位列第2、第3: the score a place is ranked by.
SCORE_RANKED_AFTER = re.compile(r"(?:[、和及]\d+(?:\.\d+)?分)*(?:位居|位列|位于|排名|排在|排|名列|居|列)[^,，。;；\d]{0,8}?第")
# 累计发行各类债券6期, 举办创业沙龙12期: issues or sessions counted after the verb that makes them (not 二期工程, 一期项目,
# 分三期建设: phases).
ISSUES_BEFORE = re.compile(r"(?:发行|举办|举行|开展|开办|推出|出版|刊发)了?[^,，。;；:：\d]{0,10}?$")
ISSUES_BEFORE_CHARS = 14
# 预期寿命79.86岁, 平均年龄为38.5岁: an age measured; 79.86岁，比上年提高0.21岁: its change after it
AGE_MEASURE_BEFORE = re.compile(
    r"(?:(?:寿命|年龄|岁数)(?:达到|达|为|是|提高到|增至|约|近|超过)?"
    rf"|\d岁[,，](?:比|较)(?:(?:19|20)\d\d年)?[^,，;；。\d]{{0,6}}?(?:{MEASURE_CHANGE_VERBS})了?)$")
AGE_MEASURE_CHARS = 16
RATE_PER_AFTER = re.compile(r"[\u4e00-\u9fff]{0,10}?率(?:为|是|达到?)")
RATE_PER_REACH = 11  # the words RATE_PER_AFTER allows before 率, and 率: most figures have none, spare the match
# 十万人生产安全事故死亡人数0.92人, 煤矿百万吨死亡率0.05: a round denominator glued before the name of what is counted
# per it, the value right after the name (a count, 3所在校学生人数…, is never so round).
ROUND_PER_AFTER = re.compile(r"[\u4e00-\u9fff]{0,10}?(?:率|人数)(?=\d)")
ROUND_DENOMINATOR_CHARS = frozenset("十百千")  # alone before the magnitude: 十万人, 百万吨
# 较上年前移5位: a move in a ranking.
QUOTED_TITLE_CHARS = 12
RANK_MOVE_BEFORE = re.compile(r"(?:前移|后移|上移|下移|前进|后退|上升|提升|跃升|下降)了?$")
RANK_MOVE_LISTED_BEFORE = re.compile(r"(?:前移|后移|上移|下移|前进|后退|上升|提升|跃升|下降)了?\d+个?位[、和及与]$")
RANK_MOVE_LIST_CHARS = 12


# 常住人口超过80万人的有1个, 人口在5万人以下的街道有2个, 亩均税收超过50万元的A类企业达到126家, 低于5万元的D类企业由
# 上年的47家减少至29家: a bound of a class (over, under, 在) whose members are counted after it, in any unit;
# 投资超过5亿元的38个项目: or counted right after its 的.
CLASS_COUNTED_AFTER_RE = re.compile(
    r"(?:及?以上|以下)?的(?:[A-Za-z\u4e00-\u9fff（）()、]{0,10}?"
    r"(?:有|共有|达到|达|由(?:[上去前]年|(?:19|20)\d\d年)?的?)(?=[\d一二两三四五六七八九十])"
    r"|(?=[\d一二两三四五六七八九十]+(?:个|家|所|座|项|条|批|处)))")
CLASS_COUNTED_FIRST_CHARS = frozenset("的以及")
# 营收过亿元的企业, 10亿元至50亿元的项目: a bound no qualifier word says; 的项目有7个: the members counted.
CLASS_BOUND_LAST_CHARS = ("过", "至", "到")
COUNT_AFTER_CLASS_RE = re.compile(r"(?:达到|达|有|共有|共|为|增至)?\d")
THRESHOLD_FIRST_CHARS = frozenset("及以至的规工企项级产集大重法单在新续签竣投乡村街园高开")
# 超十亿元龙头企业5家, 10亿元以上龙头企业五家, 超亿元制造业项目12个: after a bound, any noun of firms or projects,
# then the count of them.
BOUNDED_CLASS_COUNTED_AFTER = re.compile(
    r"(?P<above>及?以上)?[\u4e00-\u9fff]{1,8}?(?:企业|项目|园区|集群)(?:达到|达|有|共有|共|为|增至)?"
    r"[\d一二两三四五六七八九十]")
RANK_LAST_CHARS = frozenset("第每名列居前后码号.PpOo")
# 在全国178家国家高新区中综合排名第32位, 在169家国家高新区中位列第18: the field a rank is among.
RANK_POOL_AFTER = re.compile(r"[\u4e00-\u9fff]{1,10}?中(?:的)?(?:综合)?(?:实力)?(?:排名|排在|排位|位列|位居|居|名列)")
RANK_POOL_REACH = 12
# 这6个行业, 该3家企业, 上述5个项目: a count given before, restated (not 因此3家, 由此).
RESTATING_BEFORE = re.compile(r"(?:这|该|(?<![因从由如彼就至据])此|上述)$")
RESTATING_LAST_CHARS = frozenset("这该此述")
# 9家公司营收增速超过20%: the bound of a class of firms counted right before it, no figure of theirs (not 3家企业合计
# 占比超过50%, a share they hold together).
BOUND_OF_COUNTED_BEFORE = re.compile(
    r"\d+[家个](?:[\u4e00-\u9fff]{0,6}?(?:公司|企业))(?!合计|共|累计|总)[^\d,，;；。、占均]{1,10}?"
    r"(?:超过|超出|超|高于|低于|不足|不到)$")
BOUND_LAST_CHARS = frozenset("过出超于足到")
BOUND_OF_COUNTED_CHARS = 24


@dataclass(slots=True)
class Figure:
    start: int  # span of the figure in the text: number, inner qualifier, unit, suffix qualifier
    end: int
    value: float
    unit: str
    qualifier: str
    number_start: int  # where the number itself begins (prefix qualifiers lie before it)
    chinese: bool
    range_upper: bool = False  # the second bound of a range: it shares the first one's name


def find_figures(text: str) -> list[Figure]:
    """Every figure in ``text`` (normalised) that can be an indicator, in text order."""
    figures: list[Figure] = []
    ranged = False
    titles = "《" in text  # figures inside book titles are checked only where titles exist
    search = FIGURE_RE.search
    position = 0
    while match := search(text, position):
        start = match.start()
        if start and text[start - 1] in GLUED_BEFORE and not text.endswith("GDP", 0, start):
            position = start + 1  # as a lookbehind would: try again from the next character
            continue
        position = match.end()
        figure = _figure_from_match(text, match, titles)
        if figure is None:
            continue
        figures.append(figure)
        # Ranges are rare: look for one only next to a range sign.
        other_bound = None
        if text[start - 1:start] in RANGE_SIGNS:
            other_bound = _range_head(text, figure)
        if other_bound is None and text[position:position + 1] in RANGE_SIGNS:
            other_bound = _range_tail(text, figure)
        if other_bound is not None:
            ranged = True
            if _is_bracket(text, figure, other_bound):
                figures.pop()  # 投资额在10—20亿元之间的项目14个: a class of projects, then its count
                position = max(position, other_bound.end)  # 10亿元至20亿元之间的: the upper bound bounds it too
            else:
                figures.append(other_bound)
    figures = _with_written_percentages(text, figures)
    return _drop_duplicates(figures) if ranged else figures


def _with_written_percentages(text: str, figures: list[Figure]) -> list[Figure]:
    """Add the percentages written out (百分之六点七, 六成) to ``figures``, in text order."""
    added = []
    for match in PERCENT_WORDS_RE.finditer(text) if "百分之" in text else ():
        value = percent_value(match["num"])
        if value is not None:
            start = match.start()
            qualifier = SUFFIX_QUALIFIERS[match["suffix"]] if match["suffix"] else _prefix_qualifier(text, start)
            added.append(Figure(start, match.end(), value, "%", qualifier, start, True))
    for match in TENTHS_RE.finditer(text) if "成" in text else ():  # 增长近两成, 占全省的六成以上
        added.append(_share_in_words(text, match, tenths_value(match["num"])))
    for match in HALF_RE.finditer(text) if "一半" in text or "半数" in text else ():  # 占三大主导产业的一半左右
        added.append(_share_in_words(text, match, HALF_PERCENT))
    for match in SLASH_FRACTION_RE.finditer(text) if "/" in text else ():  # 约1/3来自海外, 占比接近1/3
        numerator, denominator = int(match["num"]), int(match["den"])
        if 0 < numerator < denominator:
            start = match.start()
            added.append(Figure(start, match.end(), round(numerator / denominator * 100, 2), "%",
                                _prefix_qualifier(text, start), start, False))
    for match in FRACTION_RE.finditer(text) if "分之" in text else ():  # 占全区财政收入的三分之一以上
        value = fraction_percent(match["num"], match["den"])
        if value is not None:
            start = match.start()
            suffix = match["suffix"]
            qualifier = SUFFIX_QUALIFIERS.get(suffix) or INNER_QUALIFIERS.get(suffix) or _prefix_qualifier(text, start)
            added.append(Figure(start, match.end(), value, "%", qualifier, start, True))
    for match in FLAT_RATE_RE.finditer(text) if "持平" in text else ():  # 居民消费价格同比持平
        start = match.start("num")
        added.append(Figure(start, match.end(), 0.0, "%", "", start, True))
    if any(word in text for word in UNITLESS_NAME_WORDS):
        for match in UNITLESS_FIGURE_RE.finditer(text):  # 性别比为104.76, 价格指数(CPI)为100.3
            if match["start"]:  # 容积率由1.2提升至2.0: where it moved from
                added.append(Figure(match.start("start"), match.end("start"), float(match["start"]), "", "",
                                    match.start("start"), False))
            start = match.start("num")
            qualifier = SUFFIX_QUALIFIERS[match["suffix"]] if match["suffix"] else _prefix_qualifier(text, start)
            added.append(Figure(start, match.end(), float(match["num"]), "", qualifier, start, False))
            if change := UNITLESS_CHANGE_RE.match(text, match.end()):
                start = change.start("num")
                added.append(Figure(start, change.end(), float(change["num"]), "", "", start, False))
    if any(sign in text for sign in RATIO_SIGNS) and "比" in text:
        added.extend(_ratios_to_one(text))
    if any(word in text for word in MEASURES_NAMED_BY_UNIT):
        added.extend(_measures_in_their_units(text))
    return sorted(figures + added, key=lambda figure: figure.start) if added else figures


def _ratios_to_one(text: str) -> list[Figure]:
    """生师比为15.99:1 -> 15.99, 医护比为1:1.16 -> 1.16, the whole ratio the figure's span."""
    found = []
    for match in RATIO_TO_ONE_RE.finditer(text):
        first, second = float(match["first"]), float(match["second"])
        if first != 1 and second != 1:
            continue
        start = match.start("first")
        found.append(Figure(start, match.end(), second if first == 1 else first, "", "", start, False))
    return found


def _measures_in_their_units(text: str) -> list[Figure]:
    """平均受教育年限由2010年的9.35年提高至10.42年: each figure in the unit the measure's name ends in."""
    found = []
    for match in MEASURE_NAMED_BY_UNIT_RE.finditer(text):
        unit = match["unit"]
        while match is not None and match["unit"] == unit:
            start = match.start("num")
            found.append(Figure(start, match.end(), float(match["num"]), unit, _prefix_qualifier(text, start), start, False))
            match = CHANGE_IN_ITS_UNIT_RE.match(text, match.end())
    return found


def _share_in_words(text: str, match: re.Match, percent: float) -> Figure:
    """六成以上, 近两成, 一半左右: a share in words, with its qualifier after it or before it."""
    start = match.start("num")
    suffix = match["suffix"]
    qualifier = SUFFIX_QUALIFIERS.get(suffix) or INNER_QUALIFIERS.get(suffix) or _prefix_qualifier(text, start)
    return Figure(start, match.end(), percent, "%", qualifier, start, True)


def _figure_from_match(text: str, match: re.Match, titles: bool = True) -> Figure | None:
    number, inner, magnitude, inner2, unit, suffix = match.groups()
    if magnitude:
        unit = magnitude + unit
    start, end = match.span()
    if inner or inner2:
        qualifier = INNER_QUALIFIERS[inner or inner2]
    elif suffix:
        qualifier = "" if suffix == "以内" and text.endswith(LIMIT_NAMES, 0, start) else SUFFIX_QUALIFIERS[suffix]
    elif text[start - 1:start] in QUALIFIER_LAST_CHARS:  # most figures have none: one character tells
        qualifier = _prefix_qualifier(text, start)
    elif text[start - 1:start] == "的" and (bound := BOUND_OF_WHOLE_RE.search(text, max(0, start - BOUND_OF_WHOLE_CHARS), start)):
        qualifier = PREFIX_QUALIFIERS[bound.group(1)]  # 不超过子基金规模的30%
    else:
        qualifier = ""
    chinese = number[0] in CHINESE_NUMERAL_CHARS
    if chinese and number in ("万", "亿") and (text[start - 1:start] in ROUND_MAGNITUDE_QUALIFIERS or inner or inner2):
        value, unit = 1.0, number + unit  # 近万户, 超万家, 上万人, 万余人: about, over ten thousand
        if text[start - 1:start] == "上":  # not a qualifier elsewhere: the figure's own first character
            start -= 1
        qualifier = qualifier or "over"
    elif chinese:
        number, unit = _move_magnitude_into_unit(number, unit)
        if number in ROUND_HUNDREDS and text[start - 1:start] == "上":
            # 上百家企业, 上千人, 上百亿元: a hundred, a thousand (of the magnitude) and more
            value, start, qualifier = ROUND_HUNDREDS[number], start - 1, "over"
        else:
            value = parse_chinese(number) if number else None
            if value is None or not _plausible_chinese(number, value, unit, qualifier, text, start, end):
                return None
    else:
        value = float(number) if "," not in number else parse_arabic(number)
    if _excluded(text, start, match.end(5), unit, titles):
        return None
    if not chinese and start and text[start - 1] in MINUS_SIGNS and _is_sign(text, start - 1):
        value, start = -value, start - 1  # 人口自然增长率为-0.41‰
    if unit == "个" and text.startswith(POINTS_LIST_JOINERS, end) and POINTS_LISTED_AFTER_RE.match(text, end):
        unit = "个百分点"  # 高于全省平均水平2.3个和2.9个百分点
    if unit == "个" and text.startswith("人", end) and PERSONS_AFTER_GE_RE.match(text, end):
        unit, end = "人", end + 1  # 团队从5个人发展到了60多人: five people (not 5个人才, 个人所得税)
    if unit == "倍" and text[end:end + 1] in ("多", "余"):  # 增长了7倍多
        end += 1
        qualifier = "over"
    return Figure(start, end, value, unit, qualifier, start, chinese)


def _is_sign(text: str, position: int) -> bool:
    """The - at ``position`` is a minus sign, not a range or date dash (5%-8%, 2023-12, A-1)."""
    before = text[position - 1:position]
    return not before or not (before.isdigit() or (before.isascii() and before.isalpha()) or before in "%)）-")


def _move_magnitude_into_unit(number: str, unit: str) -> tuple[str, str]:
    """百亿 + 元 -> 百 + 亿元; 三千万 + 元 -> 三千 + 万元 (the unit carries 万/亿 as written)."""
    moved = ""
    while number and number[-1] in "万亿" and len(number) > 1:
        moved = number[-1] + moved
        number = number[:-1]
    if number in ("万", "亿"):  # 万人 in 万人发明专利 is not a number at all
        return "", unit
    return number, moved + unit


def _plausible_chinese(number: str, value: float, unit: str, qualifier: str, text: str, start: int, end: int) -> bool:
    """Chinese numerals are mostly words (一批, 两个重心, 千家万户): keep only clear figures."""
    if len(number) == 1 and number in "十百千" and not qualifier and unit[0] not in "万亿":
        return False  # 千家 (千家万户): a lone 十/百/千 needs 余, 近, 超 ... or a magnitude (百亿元, 十余部, 近千家)
    return value >= 10 or unit[0] in "万亿" or (value >= 2 and _count_after_noun(text, start, end, unit))


def _count_after_noun(text: str, start: int, end: int, unit: str) -> bool:
    """超50亿元项目五个、企业三家。: a digit in words after a noun, its measure word ending the clause, counts the noun
    (五个方面, 三大产业, 这两个, 第三个: a label, a demonstrative or an ordinal, are no counts; nor is 其中一个, 仅有一个,
    which single a thing out rather than count it)."""
    return text[end:end + 1] in COUNT_CLOSING_CHARS and unit in COUNTED_MEASURE_WORDS \
        and "\u4e00" <= text[start - 1:start] <= "\u9fff" and text[start - 1] not in NO_COUNT_BEFORE


def _excluded(text: str, start: int, unit_end: int, unit: str, titles: bool = True) -> bool:
    if text[start - 1:start] in RANK_LAST_CHARS and RANK_BEFORE.search(text, max(0, start - 5), start):
        return True
    if text[start - 1:start] in ("表", "图") and _opens_caption(text, start):
        return True
    if text[start] == "0" and text[start + 1:start + 2].isdigit():
        return True  # 02 项目落地跑出加速度: a section's number, written with its leading zero
    following = text[unit_end:unit_end + 1]
    if following in THRESHOLD_FIRST_CHARS and unit.endswith(CURRENCY_UNIT_ENDINGS) and _names_size_class(text, start, unit_end):
        return True  # 超10亿元企业, 10亿元以上项目, 2000万元以上工业企业: a size class, not a figure
    if "\u4e00" <= following <= "\u9fff" and unit.endswith(CURRENCY_UNIT_ENDINGS) \
            and (counted := BOUNDED_CLASS_COUNTED_AFTER.match(text, unit_end)) \
            and (counted["above"] or _prefix_qualifier(text, start) == "over"):
        return True  # 培育超十亿元龙头企业5家: the firms' size class, then their count
    if following in CLASS_COUNTED_FIRST_CHARS and _bounds_class_counted(text, start, unit_end):
        return True  # 常住人口超过80万人的有1个: the bound of a class, then its count
    if unit in PERCENT_UNITS and text[start - 1:start] in BOUND_LAST_CHARS \
            and BOUND_OF_COUNTED_BEFORE.search(text, max(0, start - BOUND_OF_COUNTED_CHARS), start):
        return True  # 9家公司营收增速超过20%: the bound of the firms counted, not a figure
    if following == "的" and unit in PERCENT_UNITS and _counts_class(text, unit_end):
        return True  # 投入强度超过3%的县（市、区）有3个: a share that bounds a class whose members are counted
    if text[start - 1:start] in RESTATING_LAST_CHARS and RESTATING_BEFORE.search(text, max(0, start - 2), start):
        return True  # …的行业有6个，这6个行业的经费: the count given before, restated to name what it counts
    if following in "”\"" and "“" in text[max(0, start - QUOTED_TITLE_CHARS):start]:
        return True  # “人才新政20条”: the name of a policy
    if following == "级":
        return True  # 千亿级产业集群, 百万级: an order of magnitude used as a label
    if text.find("中", unit_end, unit_end + RANK_POOL_REACH) != -1 and RANK_POOL_AFTER.match(text, unit_end):
        return True  # 在全国178家国家高新区中排名第32位: the field a rank is among, not a figure of the place
    if unit.endswith(SIZED_PLACE_MEASURES) and "亿" in unit:
        return True  # 千亿园区, 百亿园区: a park's class in its name; no park is counted in 亿
    if text.find("率", unit_end, unit_end + RATE_PER_REACH) != -1 \
            and RATE_PER_AFTER.match(text, unit_end):
        return True  # 十万人生产安全事故死亡率为0.92人: what a rate is counted per, in its name
    if text[start] in ROUND_DENOMINATOR_CHARS and unit_end - len(unit) == start + 1 and ROUND_PER_AFTER.match(text, unit_end):
        return True  # 十万人生产安全事故死亡人数0.92人, 百万吨死亡率0.05
    if following in "位名" and text.startswith(("位次", "名次"), unit_end):
        return True  # 提升18个位次: a move in a ranking
    if unit in ("位", "名") and (RANK_MOVE_BEFORE.search(text, max(0, start - 3), start)
                                or RANK_MOVE_LISTED_BEFORE.search(text, max(0, start - RANK_MOVE_LIST_CHARS), start)):
        return True  # 较上年前移5位; 分别前移6位和11位
    after = text[unit_end:unit_end + 5]  # 个工作日, 个会计年度
    if unit.endswith("个") and DURATION_AFTER_UNIT.match(after):
        return True
    if unit == "天" and "天数" not in text[max(0, start - 10):start]:
        return True  # 历时3天 is a duration; 优良天数312天 is counted
    if unit == "期" and not ISSUES_BEFORE.search(text, max(0, start - ISSUES_BEFORE_CHARS), start):
        return True  # 二期工程, 一期项目: a phase; 累计发行各类债券6期 counts issues
    if unit == "岁" and not AGE_MEASURE_BEFORE.search(text, max(0, start - AGE_MEASURE_CHARS), start):
        return True  # 35岁以下青年人才, 60岁及以上人口: an age group; 预期寿命79.86岁 is measured
    if unit == "分" and (following == "钟" or not (SCORE_BEFORE.search(text, max(0, start - SCORE_BEFORE_CHARS), start)
                                                  or _ranked_by_score(text, start, unit_end))):
        return True  # 3分钟, 5分之一: not a score; 综合得分96.52分 is one
    return titles and _in_book_title(text, start)


def _opens_caption(text: str, start: int) -> bool:
    """表1 家庭户规模构成: the number at ``start`` is a caption's, its 表 or 图 alone before it on its line."""
    return text[text.rfind("\n", 0, start) + 1:start].strip(" \t\u3000") in CAPTION_WORDS


def _ranked_by_score(text: str, start: int, unit_end: int) -> bool:
    """以94.81分位居综合排名第1: the score, after 以, a rank follows."""
    return text.endswith("以", 0, start) and SCORE_RANKED_AFTER.match(text, unit_end) is not None


def _names_size_class(text: str, start: int, unit_end: int) -> bool:
    """超过千亿元的国家高新区, 投资过亿元的项目有7个: an amount that bounds a class of things; but 总投资8.8亿元的
    高新区人才公寓项目 is one project's amount, with no bound before it and no count of members after."""
    label = THRESHOLD_LABEL_AFTER.match(text, unit_end)
    if label is None:
        return False
    if text[unit_end] != "的" or COUNT_AFTER_CLASS_RE.match(text, label.end()):
        return True
    return text[start - 1:start] in CLASS_BOUND_LAST_CHARS or _prefix_qualifier(text, start) in ("over", "under")


def _bounds_class_counted(text: str, start: int, unit_end: int) -> bool:
    """超过80万人的有1个, 在60万人以下的有3个, 人口超过10万人的街道有3个: a bound (a qualifier or 在 says so) of a class
    whose members are counted after it; 全市常住人口386万人的有关… names no count."""
    if CLASS_COUNTED_AFTER_RE.match(text, unit_end) is None:
        return False
    bounded = text.startswith(("以上", "以下", "及以上"), unit_end) or text[start - 1:start] == "在"
    return bounded or _prefix_qualifier(text, start) in ("over", "under")


def _counts_class(text: str, unit_end: int) -> bool:
    """3%的县（市、区）有3个, 10%的行业达到8个: the class a share bounds, then its count."""
    label = THRESHOLD_LABEL_AFTER.match(text, unit_end)
    return label is not None and label[0].startswith("的") and COUNT_AFTER_CLASS_RE.match(text, label.end()) is not None


def _in_book_title(text: str, position: int) -> bool:
    if "《" not in text[max(0, position - 40):position]:
        return False
    opening = text.rfind("《", max(0, position - 40), position)
    return opening != -1 and text.find("》", opening, position) == -1


def _prefix_qualifier(text: str, start: int) -> str:
    match = PREFIX_QUALIFIER_RE.search(text, max(0, start - PREFIX_QUALIFIER_REACH), start)
    return PREFIX_QUALIFIERS[match.group(1)] if match else ""


def _is_bracket(text: str, bound: Figure, other_bound: Figure) -> bool:
    """A range that names a class (10—20亿元之间的项目), not a figure; 价格在800至1200元/亩之间。 is the figure's range."""
    return text.startswith("之间的", max(bound.end, other_bound.end))


def _range_tail(text: str, first: Figure) -> Figure | None:
    """The upper bound of '8.5亿元至10亿元' (the lower one is ``first``, which becomes 'over')."""
    match = RANGE_TAIL_RE.match(text, first.end)
    if match is None or not match["unit"]:
        return None
    if first.unit in ("万", "亿", "万亿") and match["unit"].startswith(first.unit):
        first.unit = match["unit"]  # 8亿至10亿元: the unit is written once, after the upper bound
    if match["unit"] != first.unit:
        return None
    value = _number_value(match["num"])
    if value is None or value <= first.value:
        return None
    first.qualifier = "over"
    return Figure(match.start("num"), match.end(), value, first.unit, "under", match.start("num"), False, True)


def _range_head(text: str, second: Figure) -> Figure | None:
    """The lower bound of '8.5-10亿元' / '3至5万人', whose unit is written once, after the upper bound."""
    match = RANGE_HEAD_RE.search(text, max(0, second.start - 24), second.start)
    if match is None:
        return None
    value = _number_value(match["num"])
    if value is None or value >= second.value:
        return None
    second.qualifier = "under"
    second.range_upper = True
    return Figure(match.start("num"), match.end("num"), value, second.unit, "over", match.start("num"), False)


def _number_value(number: str) -> float | None:
    return parse_chinese(number) if number[0] in CHINESE_NUMERAL_CHARS else parse_arabic(number)


def _drop_duplicates(figures: list[Figure]) -> list[Figure]:
    seen: set[tuple[int, int]] = set()
    unique = []
    for figure in figures:
        key = (figure.start, figure.end)
        if key not in seen:
            seen.add(key)
            unique.append(figure)
    unique.sort(key=lambda f: f.start)
    return unique
