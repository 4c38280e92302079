"""Naming a figure: the metric it measures, read from the words before it (地区生产总值436.29亿元)
or, for counted things, after it (15所高校, 12个国家科技研发平台).

The words between a figure and the clause boundary are trimmed of verbs, adverbs, time phrases
and subjects until a noun phrase remains; what is left is the name as the article writes it.
``figure_name`` names a figure from its own words; ``relative_name``, ``attribute_of`` and
``listed_names`` name the figures whose words only make sense with a neighbour (占…比重, 总数,
较上年增加, 注册资本 after a count, 分别 lists).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from viewer.core.figures import BOUND_OF_WHOLE_RE
from viewer.core.growth import COMPARABLE_BASIS, DECLINE_VERBS, RATE_NOUN_AFTER_RE, RATE_VERBS
from viewer.core.numerals import parse_chinese
from viewer.core.places import bare_place_at
from viewer.core.units import AREA_UNITS, CURRENCIES_BEFORE_NUMBER, PERCENT_UNITS, RELATIVE_UNITS
from viewer.core.vocabulary import ABOUT_YUE, CHANGE_VERBS, LAST_YEAR_NOT_CARRIED_OVER, PLACE_PART, PLACE_PARTS, WHOLE_PLACE, YEAR_PARTS

# Trailing words between a metric and its figure: 规模以上工业产值[完成]141.7亿元, 高企总数[达到]333家;
# 居民消费价格[与上年]持平.
TRAILING_FILLER = re.compile(
    r"(?:已经|已|仅为|仅有|仅|只有|年均|(?:(?:[两二三四五六七八九十]|\d{1,2})?年)?平均|(?<![年平人日月周])均|累计|共计|总计|合计|分别|高达|多达|达到了|达到|达至|达|约为|为|是|完成了|完成|实现了|实现|"
    r"不少于|不低于|不超过|不高于|[:：]|拥有|突破了|突破|超过了|超过|超|" + ABOUT_YUE + r"|大约|将近|接近|近|逾|增至|增加到|增加至|增长到|增长至|发展到|发展至|(?:跃升|攀升|壮大)[到至]|提高到|提高至|提升到|"
    r"提升至|(?:扩大|扩展|拓展)[到至]|上升到|上升至|(?:下|回|压)?降(?:到|至|为)|(?:降低|减少|回落|缩小|缩减|压减|压缩|精简)[到至]|减至|持续|继续|有望|首次|首度|再次|先后|相继|陆续|迈上|跨越|站上|跃上|高于|低于|不足|不到|少于|多于|有|了|的|将|可|预计|力争|争取|确保|共|总|合计|再|仍|尚|(?<![偿归退返])还|稳定在|保持在|"
    r"保持|维持在|控制在|控制|安排|预期|在|一般|通常|由|从|" + "|".join(CURRENCIES_BEFORE_NUMBER) + r"|上年同期|去年同期|(?<=[由从])(?:上年|去年)[末底]?|目前|现在|当前|如今|年均增速达|净增|新增加|增加|减少|下降|增长|增速|同比|按?同口径|"
    + COMPARABLE_BASIS + r"|环比|比上年|较上年|与(?:上年|去年)(?:同期)?|\+|[\"“”'‘’(（】]|\s)+$"
)
# 光谷将力争到2025年[企业总收入], 江城将力争全年[地区生产总值], 比亚迪江城基地上半年[产量], 桐享购去年[交易额]:
# a date, an aim or a period inside the words before a figure; the metric follows it (比去年, 去年同期 are bases).
TIME_PHRASE_INSIDE_RE = re.compile(
    r"(?:到|至|截至|截止到?|在)(?:19|20)\d\d年(?:底|末)?|(?:将|要)?(?:力争|争取|确保|努力)(?:全年|今年|明年)?"
    rf"|(?<![比较同])(?:今年|去年)?(?:{YEAR_PARTS}|1-\d{{1,2}}月)|(?<![比较同到至与])(?:今年|去年)(?!同期|[的底末])"
)
# 收入总计64.03亿元, 支出合计: a budget's total, told apart from the place's 收入 by its 总计.
BUDGET_TOTAL_RE = re.compile(r"(?:收入|支出)(总计|合计)(?:为|达到|达)?$")
BUDGET_TOTAL_ITEMS = frozenset({"收入", "支出"})
# 上半年, 1-6月, 去年: a period of the year between an owner and its verb (not an aim, 将力争, whose subject is the owner).
PERIOD_INSIDE_RE = re.compile(rf"(?:今年|去年)?(?:{YEAR_PARTS}|1-\d{{1,2}}月)|今年|去年")
TIME_PHRASE_CHARS = frozenset("年力确季月")  # one of them stands in every such phrase: most leads skip the search
FOOTNOTE_MARK_RE = re.compile(r"\[\d{1,2}\]")
# 这6个行业的经费: a count restated to say whose the metric is; the things counted name it (行业的经费).
RESTATED_COUNT_LEAD_RE = re.compile(r"\s*(?:这|该|此|上述)\d+[\u4e00-\u9fff](?=[\u4e00-\u9fff])")
SCOPE_NOTE_RE = re.compile(r"[（(](?:不包括|不含|包括|含|按|以|剔除|扣除|注)[^()（）]{0,20}[)）]")
PER_UNIT_AT_END_RE = re.compile(r"(每(?:平方公里|平方米|亩|公顷|人|户|月|年|天|日|吨|台|辆|件))[为达约近超]?$")
TRAILING_NOVELTY_RE = re.compile(r"(新增|净增)(?:了)?$")
# 住户存款增加6214.8亿元: an amount right after 增加/减少 is the change of the metric, not its level.
TRAILING_CHANGE_RE = re.compile(r"(增加|减少)了?$")
SCORE_CHANGE_RE = re.compile(r"(提升|提高|增加|上升|下降|降低|减少)了?$")
# 以综合得分92.6分位列全省第2位: the score a rank is given by, named after its 以.
SCORE_RANKED_BY_RE = re.compile(r"以((?:综合)?(?:得分|评分|总分|分数))$")
GROWTH_WORDS = re.compile(
    rf"(?:按?同口径|{COMPARABLE_BASIS}[,，]?)?(?:同比|比上年同期|比上年|较上年|比去年|较去年|环比)?(?:年均|年平均)?(?:实际|实质|名义)?(?:{RATE_VERBS}|增速|增幅)"
    r"(?:了|为|达到|达)?(?:约|近|超过|超|逾)?$"
)
# 在 as "at" (在园区, 在2023年); not the 在 of those who are in a place: 在校生, 在园幼儿, 在站博士后, 在岗职工,
# nor of those still under way: 在建项目, 在研新药, 在会审核企业 (but 在会上 is "at the meeting", 在研发上 "in R&D"),
# nor of those on a statistical register: 在库规上工业企业 (but 在库区 is "in the reservoir area"), nor of orders on
# hand: 在手订单.
PREPOSITION_ZAI = r"在(?![校孵建册岗职营途学读站手]|研(?![发究制])|园(?!区)|会(?![上议])|库(?!区))"
# 在区工作外籍人才, 在园区就业人员: those who work or live in the place, not a figure said "at" it.
WORKING_IN_PLACE = r"(?:区|园区|辖区|市|县|镇|本地|当地)(?:工作|就业|创业|生活|居住)"
# 等 closing a list (A、B等企业); not the 等 of 高等学校, 资质等级, 一等奖.
LIST_CLOSING_DENG = r"(?<![高中初同平均上下对头特一二三])等(?![级同])"
# Verbs after which the metric begins: 长春净月高新区完成[地区生产总值], 累计为630名人才兑现[奖励资金],
# 经开区共安排[市级重点项目] (but 专项债券安排支出 is one noun), 全区建有[院士工作站].
SPLIT_VERBS = re.compile(
    r".*(?:完成|实现|拥有|集聚|(?<!集)聚集|汇聚|引进|建成(?!区)后?|投产后|达产后|(?<![”\"点])建设|开展|争取|兑现|提供|推荐|获得|吸引|带动|举办|组织|"
    r"实施|安排(?!支出)|控制在|落地|引育|培育|孵化出|入驻|落户|发放|围绕|聚焦|投资建设|新建|认定为|共有|现有|建有|设有|成为|布局|搭建|打造|组建|创建|设立|"
    r"累计|共建成|" + LIST_CLOSING_DENG + r"(?:国家和地区|国家|国|地区|地方|地)?|包括|其中|以及)"  # 长三角、珠三角等地[外出招商]
)
# 每万名从业人员[拥有], 每万人口[拥有], 平均每家孵化器[拥有]: those a figure is counted per, before the verb of having.
PER_HOLDER_RE = re.compile(r"(?:平均)?每(?:[十百千万\d]+(?:名|位|个|户|家)?|[家个名位户所])[\u4e00-\u9fff]{0,8}?(?=拥有$)")
# Verbs that say which of the things counted were counted: 引进培育实体企业, 新建学校, 认定高企.
# 引进和培育各类人才: verbs joined by 和 count the things of both deeds.
COUNTING_VERBS = r"(?:引进|培育|引育|孵化出?|新建|认定|签约|落地|落户|入驻|推荐|获评)"
COUNTING_VERBS_AT_END = re.compile(rf"新?{COUNTING_VERBS}(?:[和及与、]?{COUNTING_VERBS})*$")
# An alias in brackets closing a name: 科技企业孵化器(众创空间), 地区生产总值(GDP); but a phase or
# batch (产业基地(一期)) tells which one is meant and stays.
TRAILING_ALIAS = re.compile(r"(?<=[\u4e00-\u9fff])[(（](?![^()（）]*(?:期|阶段|批|号))[^()（）]{1,12}[)）]$")
INWARD_WORDS = ("内资", "内需", "内销", "内贸", "内外")  # words of their own that begin with 内
LEADING_FILLER_WORD_RE = re.compile(rf"(?:辖区|园区|区内|{WHOLE_PLACE})$")
# 世界500强企业在区内投资项目: where those named did it, inside a name, is no part of it.
PLACE_INSIDE_RE = re.compile(rf"(?<=[\u4e00-\u9fffA-Za-z\d])在(?:辖区|园区|区内|{WHOLE_PLACE})(?=[\u4e00-\u9fff])")
# 全省共有高新区31家: the zones had are what is counted, though a zone's name before a metric is a filler.
ZONES_HAD_RE = re.compile(r"有(高新区|开发区|园区|新区|片区)$")
# Metrics that need their owner named: 电子信息产业实现产值 is the industry's 产值.
GENERIC_METRICS = frozenset({
    "产值", "总产值", "营业收入", "营收", "总收入", "收入", "利润", "利润总额", "税收", "销售收入", "增加值", "投资",
    "营业额",
})
# 新一代信息技术、高端装备、生物医药三大主导产业; 轨道交通装备、航空动力等优势产业: the group a list is closed by.
COUNTED_GROUP_RE = re.compile(
    r"、[^、]*?(?:(?P<counted>[一二三四五六七八九十两]大[\u4e00-\u9fff]{2,8})|"
    + LIST_CLOSING_DENG + r"(?P<kind>[\u4e00-\u9fff]{2,8}))$")
OWNER_VERB_RE = re.compile(r"(?:实现|完成)$")
OWNER_VERB_OPENING_RE = re.compile(r"(?:共|累计)?(?:实现|完成)")
ACCUMULATED_RE = re.compile(r"累计$")  # 新冠病毒疫苗累计接种: what was given stands before it
# 电子信息产业集聚企业近200家: the firms an industry gathers or has are the industry's.
INDUSTRY_HOLDING_VERBS = r"(?:集聚|聚集|汇聚|拥有|共有|现有)$"
INDUSTRY_HOLDING_VERB_RE = re.compile(INDUSTRY_HOLDING_VERBS)
INDUSTRY_HOLDING_RE = re.compile(r"(?:产业|行业|制造业|服务业)" + INDUSTRY_HOLDING_VERBS)
# 电子信息产业企业近200家，实现产值112亿元: the industry a sentence opened with owns a bare 产值 after it
# (not 产业园: 比亚迪襄阳产业园二期项目总投资50亿元).
INDUSTRY_OPENING_RE = re.compile(
    r"[\u4e00-\u9fffA-Za-z]{2,10}?(?:产业|行业|制造业|服务业)(?=企业|集群|规模|增加值|"
    + "|".join(sorted(GENERIC_METRICS, key=len, reverse=True)) + ")"
)
NOUN_RE = re.compile(r"[\u4e00-\u9fffA-Za-z]+")
MAX_OWNER_CHARS = 12
# 交通运输、仓储和邮政业, 电力、热力、燃气及水生产和供应业: an industry of the national classification names its parts
LISTED_INDUSTRY_RE = re.compile(r"[\u4e00-\u9fff]{2,}(?:、[\u4e00-\u9fff]{2,})+业")
MAX_LISTED_INDUSTRY_CHARS = 16
# A part (an industry) named with a measure, which the parts listed after it share.
PART_ENDINGS = ("产业", "行业", "工业", "制造业", "服务业")
PARALLEL_PART_RE = re.compile(r".+(?:产业|行业|工业|业)(" + "|".join(sorted(GENERIC_METRICS, key=len, reverse=True)) + ")")
# Money named after its amount, right after the verb that obtained it: 完成超7亿元C轮融资.
AMOUNT_NOUNS = ("融资", "投资", "订单", "合同", "奖励", "补贴", "资金", "贷款", "授信", "基金", "资助", "支持", "补助", "奖金", "费",
                "债券")
# 每年拿出不低于5亿元设立人才发展专项资金, 安排3亿元用于支持科技创新: money set aside, named after it by the fund it
# sets up or by what it is used for; the words before it only say how often and that it was set aside.
# 其余5亿元用于…, 10亿元将用于…: the rest of the money raised, and what it is to be used for.
SET_ASIDE_LEAD_RE = re.compile(
    r"(?:其余|剩余|余下)?(?:每年|每月|年均|全年|累计|共|再|今年|明年)*(?:拿出|安排|统筹|筹集|整合|划拨|出资|投入|设立)?")
SET_ASIDE_OPENINGS = ("用于", "专项用于", "设立", "设置", "建立", "组建", "作为", "将用于", "拟用于", "主要用于")
SET_ASIDE_FOR_RE = re.compile(r"(?:将|拟|主要)?(?:专项)?(?:(?P<use>用于)|设立|设置|建立|组建|作为)")
# 用于对科技型企业开展股权投资: the use is the deed, not those it is done to.
DEED_FOR_WHOM_RE = re.compile(r"对[^,，;；。]{1,12}?(?:开展|进行|实施)")
# 给予最高…, 每人每年…: the terms an amount is given on, between the verb and the figure.
AMOUNT_TERMS = "(?:最高|最多|每人每年|每人|每年|每家|每个|每户|每项|一次性)*"
# 发行不超过30亿元的绿色债券, 设立200亿元科创母基金: bonds issued, funds set up, named by them too.
AMOUNT_VERB_RE = re.compile(
    r"(?:(?:完成|获得|获|斩获|募集|签下|签订|拿下|吸引|撬动|给予|给|奖励|资助|补助|发放|发行|设立|发起设立|组建)了?|[和及、])"
    rf"{AMOUNT_TERMS}(?:超过?|近|约|逾|突破|达|不超过|不低于|不少于)?$"
)
# 1.8万人实现就业, 5300人次进场: what the people counted did, the clause's last words.
PERSON_UNITS = ("人", "名", "位", "人次")
# 按设备投资额的8%给予补助: the share of an amount a subsidy or award is paid at.
AID_BASE_AT_END_RE = re.compile(r"按其?(?P<base>[^,，;；。按]{2,12}?)的$")
AID_AFTER_RE = re.compile(r"(?:给予|予以)?(?:一次性)?(?P<aid>补助|奖励|补贴|资助|扶持)")
# 辖8镇4乡: a kind of place written as the measure word; what is counted is the unit itself.
PLACE_KIND_UNITS = frozenset({"镇", "乡", "村"})
# 出资比例一般不超过子基金规模的30%: the words saying how strictly the bound holds, no part of the name.
BOUND_ADVERB_AT_END_RE = re.compile(r"(?:一般|原则上|通常|均|应|须|必须|最高|最多)+$")
# 9家公司营收增速超过20%: the firms counted are those past the bound after them, named as a class is (营收增速超过20%的公司).
BOUNDED_AFTER_COUNT_RE = re.compile(
    r"(?P<noun>[\u4e00-\u9fff]{0,6}?(?:公司|企业))(?P<bound>[^\d,，;；。、占均]{1,10}?(?:超过|超出|超|高于|低于|不足|不到)"
    r"\d+(?:\.\d+)?%(?:以上|以下)?)")
PEOPLE_DEED_RE = re.compile(r"(?:实现|成功|顺利)?(?:再就业|就业|创业|脱贫|增收|返岗|进场|入场|到场|参会|参展|参赛|参训|受益)")
# 帮助1.8万人实现就业, 带动3000人就业: the help that made the people counted do the deed.
HELPING_VERB_RE = re.compile(r".*(帮助|助力|带动|促进|推动|吸纳|帮扶|扶持|引导|组织|吸引)")
# What a count made or sold measures: 生产800辆汽车 is the cars' 产量.
OUTPUT_OF_VERB = {"生产": "产量", "产出": "产量", "制造": "产量", "下线": "产量", "销售": "销量", "售出": "销量"}
OUTPUT_VERB_RE = re.compile("(" + "|".join(OUTPUT_OF_VERB) + ")了?$")
MILESTONE_NOUN_RE = re.compile(r"(?:[两二三四五六七八九十]个)?(?:台阶|大关|关口)")
BARE_MEASURES = frozenset({"面积", "总面积", "土地面积", "建成区面积"})
# Leading words that are not part of a name.
LEADING_FILLER = re.compile(
    r"^(?:\d{1,2}[.、](?!\d)|[(（]\d{1,2}[)）]|——?|【[^【】\n]{1,12}】|"  # 【经济运行】: a yearbook's section label
    r"[(（](?:含|包括|其中)[:：]?|"  # 44家高新区(含国家高新区9家: the parts a bracket lists
    r"[\"“”'‘’(（)）【】\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F\u200d]|\s|"
    r"[\u2022\u25A0-\u25FF]|"  # the bullets and marks of a list or a data card: • 营业收入, ▲ 研发投入强度
    r"其(?![中他它余次实])|"  # 其储能电池出货量: 其 stands for the firm just named (其他企业 are others)
    r"一(?:条|个|家|座|项|栋|套|批)(?=[\u4e00-\u9fff])|"  # 一条投资2.3亿元的新生产线: "a", no part of the name
    r"[又还也再](?=新|净增|引进|签约|培育|认定|入驻|落户|建成|开工|投产|完成|实现)|"  # 又新签约项目: "again", no part
    r"的|我们|当月|安排|其中|同时|此外|另外|目前|当前|截至|截止|近年来|近年|以来|至今|全年|今年|去年|本年|"
    rf"{LAST_YEAR_NOT_CARRIED_OVER}|(?:再)?加上|"  # 加上上级补助收入, but 上年结转 is money carried over, named so
    rf"特别是|尤其是|年内|当年|共(?![建享])|累计|各类|各项|各种|各级|{WHOLE_PLACE}|全镇|该高新区|该园区|区内|园区内|"
    r"(?:19|20)\d\d[—\-–~至到](?=(?:19|20)\d\d年)|"  # 2021—2023年年均增长: the span's first year
    r"十[一二三四五六七八九]?五[”\"]?(?:时期|期间|以来)|"  # “十三五”期间一般公共预算收入年均增长: the plan's years
    r"(?:到|至|截至|截止)?(?:19|20)\d\d年(?:度|底|末|年底|年末|全年|上半年|下半年|前三季度|[\d\-~]+月(?:份)?)?|\d{1,2}[—\-–~至]\d{1,2}月(?:份)?|\d+月(?:份)?[底末]?|"  # 1—5月累计上涨: the months
    rf"{YEAR_PARTS}|预计|计划|力争|争取|确保|目标|年末|年初|期末|年底|已|有望|有(?![效限机色关序力益线])|拥有|现有|"
    r"园区|片区|高新区|经济技术开发区|经济开发区|经开区|开发区|新区|辖区|以及|和|及|与|"
    + PREPOSITION_ZAI + rf"(?!{WORKING_IN_PLACE})|将|下一步|未来|首次|首度|首个|首家|再次|历史性地?)+"
)
# 推动锂电新能源产业产值达到260亿元, 锚定营业收入突破2000亿元的目标, 紧盯全年地区生产总值增长8%左右的目标: the aim
# verb opening a measure's words is no part of its name (支持企业1200余家 counts those supported, and 支持资金 is money).
AIM_VERBS = ("推动", "支持", "锚定", "助推", "促进", "力促", "紧盯", "瞄准")
AIM_VERB_OPENING_RE = re.compile(
    rf"^(?:{'|'.join(AIM_VERBS)})(?:全年)?(?!资金|经费|力度|政策|额度|比例|企业|项目|人才)(?=[\u4e00-\u9fffA-Za-z])")
AIM_VERB_FIRST_CHARS = frozenset(verb[0] for verb in AIM_VERBS)
# 五年来, 近3年来, 连续十一年, 5年内: the span goes whole, its 来 or 内 with it.
DURATION_IN_NAME = re.compile(
    r"(?:近|连续)?(?<![\d.A-Za-z])\d+年(?:以?来|以?内)?|(?:近|连续)?[两二三四五六七八九十]年(?:以?来|以?内|(?=年均|平均|累计|$))"
    r"|(?:近|连续)[一两二三四五六七八九十]{2,3}年(?:以?来)?|[“”\"]"
)
# What a rate is compared with, left at the end of its name: 营业收入[比2019年], 产值[较“十二五”末期].
COMPARISON_TAIL_RE = re.compile(r"(?:较|(?<![占环同])比(?![重例率值]))[^,，;；。]{0,14}$")
# 较2020年, 较2023年底: the year a change is counted from, left at the end of the words before it (the year
# alone would go as a duration and leave 较 behind); 比年初增加 stays, a balance's change within the year.
BASE_TIME_TAIL_RE = re.compile(r"(?:较|比)(?:19|20)\d\d年[末底初]?$")
# 由升级之初的36家增长到近千家, 从建区初期的: a time the change is counted from, told by an event, as 由2012年的.
# The event holds no 从 of its own: 从业人员从建区初期 keeps 从业人员.
BASE_EVENT_TAIL_RE = re.compile(
    r"(?:由|从|较|比)(?:(?:(?![由从较比])[\u4e00-\u9fff]){1,6}?(?:之初|初期|伊始|之时)|最初|起初|当初)$"  # 从最初的12家
)
AVERAGE_TAIL_RE = re.compile(r"(?:(?:[两二三四五六七八九十]|\d{1,2})年)?平均$")
# 3家高新区营业收入均超过3万亿元, 12家企业产值突破亿元: what is said of the things counted, a metric of theirs then
# a verb of reaching; the noun counted ends before the metric.
PREDICATE_OF_COUNTED = r"(?<![人亩户日月年周平])[均都](?=超|达|突破|高于|低于|在|位|进入|入选|获)|超过|突破"
PREDICATE_OF_COUNTED_RE = re.compile(PREDICATE_OF_COUNTED + "|达到")
# The noun after a counted figure ends where a verb or particle starts: 40名优秀人才[获…], 14个市州[全覆盖],
# 5个一级指标[以及]44个二级指标.
NOUN_AFTER_STOP = re.compile(
    PREDICATE_OF_COUNTED + r"|(?:以及|和|及|与)(?=\d)|全覆盖|"
    r"大关|获|兑现|提供|相继|先后|陆续|入驻|签约|投产|开工|竣工|挂牌|已|"
    r"(?:正式|顺利|成功|集中|率先)(?=签约|落户|落地|开工|投产|竣工|挂牌|入驻|启动|运营|上线|揭牌|推进|实施)|"  # 项目正式签约: the adverb of the verb
    r"加快|加速(?!器)|加紧|稳步|有序|扎实|全部|"  # 86个重大项目加快推进, 全部开工: how they go on, no part of the noun
    r"实现|成为|落户|参与|参加|开展|完成|建成|投入使用|带动|覆盖|累计|"
    r"进行|(?:及其?|和)所属|发展(?:到|至|为|成)|违规|违反|未按|存在|"  # 15个部门及所属42家单位进行了审计, 4个部门违规发放: the deed, or the units held
    + PREPOSITION_ZAI + "|" + LIST_CLOSING_DENG + r"|的|中有|"  # 35个工业大类行业中有24个: the whole, then a part
    r"(?<![高初])中$|"  # 全市41个工业行业大类中，: among them (普通高中 is a school)
    r"(?<=[\u4e00-\u9fff])\d(?!\d*强)|创造|贡献|发放|"  # 世界500强企业 is one name
    r"坚持|围绕|聚焦|紧扣|立足|依托|集聚|聚集|汇聚|拥有|(?<![所可予加])以(?![上下内外来及后前])|"  # 6家开发区坚持以…为导向: what they did, and how
    r"当天|当日|同日|今天|今日|近日|日前|刚刚|"  # 8.8亿元的人才公寓项目当天开工: the day it happened, no part of the noun
    r"相比|相较|"  # 与2010年的3512309人相比: the base value compared with, no noun after it
    r"[降减升增](?:至|到)|"  # 平均班额由58人降至45人: the level it moved to, no noun after the first
    r"颁发|授予|正在|将|被|分别|通过|入选|获批|获得|达到|同比|比上年|较上年|增长|增加|增至|减少|下降|提高|提升|上升|跃升|共(?:实现|完成|计|有|达)|合计|总计|"
    r"[^\u4e00-\u9fffA-Za-z0-9()（）-]|(?<![A-Za-z])-|-(?![A-Za-z])"  # Pre-IPO轮融资 is one noun
)
SUMMED_AFTER = ("合计", "总计", "共计")
# 集成电路板块11家公司, 生物医药行业12家企业: the sector the things counted are of, all the words before the count.
SECTOR_RE = re.compile(r"[\u4e00-\u9fffA-Za-z]{2,10}(?:板块|行业|领域)")
# 28个“青峰英才计划”入选项目: a quoted programme or title right after a count, and those it selected.
OPENING_QUOTES = frozenset("“\"")
QUOTED_NAME_RE = re.compile(r"[“\"](?P<name>[\u4e00-\u9fffA-Za-z\d]{2,12})[”\"]")
SELECTED_BY_RE = re.compile(r"入选|获评|获批")
SHORT_PAIR_CHARS = 6
CONJUNCTION_RE = re.compile(r"和|及|与")
LIST_JOINERS = frozenset("和及与或、至到")  # 63.2万人次和…, 15万至18万人次: the list or range goes on
CLOSING_BRACKETS = frozenset(")）")
TRAILING_PARENTHESIS = re.compile(r"[(（][^()（）]*[)）]?$")
# 税收收入占全区财政收入[的比重]: a share named with its owner; not 占有率, 占地, 占比.
YEAR_PART_AT_END_RE = re.compile(rf"(?:{YEAR_PARTS})$")
# 经济总量通常占全年的28%: how often, said of the share, no part of its owner.
OWNED_SHARE_RE = re.compile(r"(.+?)(?:通常|一般|往往|始终|基本|大致|均|仍|也)?约?占(?!有|地(?!区)|用|比)(.+?)的?(?:比重|比例)?")
PERIOD_ONLY_NAMES = frozenset({"每年", "每月", "年均", "全年", "累计"})
PER_PERIOD_WORDS = ("每年", "每月")
MAX_PERIOD_WITH_VERB_CHARS = 4  # 设立每年
PERIOD_AVERAGES = frozenset({"日均", "周均", "月均"})
ADDED_WORDS = frozenset({"新增", "净增"})
MEASURES_OF_WHAT_FOLLOWS = frozenset({"总规模", "规模", "总投资", "投资", "总额", "面积", "总面积", "注册资本"})
# 分别是总投资, 和总投资: a measure of the thing named after its figure, after a list's joiner or 分别是.
LISTED_MEASURE_RE = re.compile(
    r"(?:分别(?:是|为)|[和及与、])(" + "|".join(sorted(MEASURES_OF_WHAT_FOLLOWS, key=len, reverse=True)) + ")$"
)
MEASURE_ENDINGS = tuple(MEASURES_OF_WHAT_FOLLOWS)
SHARE_WORDS_RE = re.compile(r"占|比重|比例|率")
SHARE_ADVERB_RE = re.compile(r"^(?:仅|只|也|还|仍|均|共|合计)(?=约?占)")
SHARE_ADVERB_CHARS = frozenset("仅只也还仍均共合")
WHOLE_BEFORE_SHARE_RE = re.compile(r"全(?:市|区|省|县|国|球)(?=(?:不到|不足|约|近|超过|超|逾)?的?$)")  # 占全省不到2%的土地面积
# 入境旅客…，恢复至2019年的71.6%: how far a metric is back to the level of a base year.
RECOVERY_RE = re.compile(
    r"([^,，;；]*?)(?:已|已经|基本|逐步)?恢复(?:至|到)(?:(?:19|20)\d\d年|上年|去年|疫情前)?(?:同期)?(?:水平)?的?$"
)
GENERIC_OWNERS = frozenset({"数量", "总量", "规模", "总额", "总数", "数"})
SHARE_RE = re.compile(r"^(?:约)?占(.+?)(?:的)?(?:比重|比例|份额)?$")
COUNT_UNITS_EXCLUDED = ("元", "米", "亩", "吨", "%", "倍", "瓦", "时", "克", "升", "公顷", "公里", "百分点")
AREA_WORDS = ("面积", "用地", "土地", "空间", "规模")
# 将再推出30万平方米高品质产业空间, 新建5万平方米标准厂房: a verb providing space, then its area, then what the area is of
AREA_PROVIDED_RE = re.compile(r"(?:推出|新建|建设|建成|打造|提供|供应|新增|盘活|腾出|交付|释放|改造)了?$")
# 每人每月860元和每人每年8400元: what each listed figure is counted per; it stays with its name.
PER_UNIT_PHRASE = r"(?:每(?:人|户|月|年|天|日|亩|吨|平方米|公顷)){0,2}"
LISTED_MEASURES = "地区生产总值|工业总产值|工业增加值|总产值|产值|营业收入|营收|增加值|销售收入|收入|规模"
# 国家级专精特新“小巨人”企业和省级专精特新中小企业分别新增3家和46家: the things listed are new ones.
RESPECTIVE_NAMES_RE = re.compile(
    r"(?P<names>[\u4e00-\u9fffA-Za-z()（）“”]+(?:(?:、|和|及|与|以及)[\u4e00-\u9fffA-Za-z()（）“”]+)+"
    r"(?:\d{1,2}(?=[省市区县家个座])[\u4e00-\u9fffA-Za-z()（）“”]+)?)"  # 江苏、广东、山东、浙江4省国家级孵化器数量
    rf"分别(?:(?:比上年|较上年|同比)?(?:年均)?(?P<growth>{RATE_VERBS})|为|达到|达|是|实现|完成|以|(?P<novelty>新增|净增)"
    r"|(?:提高|提升|增加|上调|调整|降低|下调)(?:到|至|为)|增至|降至"
    # 分别实现产值, 分别实现地区生产总值, 分别实现技工贸总收入 (a measure's kind before its noun)
    rf"|(?:实现|完成)(?P<measure>[\u4e00-\u9fff]{{0,4}}?(?:{LISTED_MEASURES}))(?:为|达到|达)?"
    r")?(?P<per>" + PER_UNIT_PHRASE + ")?$"
)
# 南岭县、石门县完成率不足70%，分别为68.2%和65.4%: the names listed, a bound they share, then each one's value.
BOUND_SHARED_THEN_RESPECTIVE_RE = re.compile(
    r"(?P<names>[\u4e00-\u9fffA-Za-z()（）“”]+(?:(?:、|和|及|与|以及)[\u4e00-\u9fffA-Za-z()（）“”]+)+)"
    r"均?(?:不足|不到|低于|超过|高于|在)[^,，;；。]{1,12}?[,，]分别(?:为|是|达到|达)(?P<per>)$"
)
# 临江县、宁山区分别通过认定41家、33家: places listed, then what each did; the deed is named whole as the sentence
# named it before (云阳高新区通过认定企业79家, …: 通过认定企业).
LISTED_PLACE = r"[\u4e00-\u9fff]{1,10}?[镇乡村县区市省]"
RESPECTIVE_DEED_RE = re.compile(
    rf"(?P<names>{LISTED_PLACE}(?:(?:、|和|及|与){LISTED_PLACE})+)分别(?P<deed>[\u4e00-\u9fff]{{2,6}}?)(?P<per>{PER_UNIT_PHRASE})$"
)
DEED_NAMED_BEFORE_RE = re.compile(r"([\u4e00-\u9fff]{1,6}?)(?=[约近超逾]?\d)")  # 通过认定[企业]79家
# One word that stands for two: 城乡居民人均可支配收入分别增长4.7%和7.4% names 城镇… and 农村….
CONTRACTED_PAIRS = {"城乡": ("城镇", "农村"), "存贷款": ("存款", "贷款")}
CONTRACTED_NAME_RE = re.compile(
    r"(?P<names>[\u4e00-\u9fffA-Za-z()（）]*(?:" + "|".join(CONTRACTED_PAIRS) + r")[\u4e00-\u9fffA-Za-z()（）]*)"
    + RESPECTIVE_NAMES_RE.pattern[RESPECTIVE_NAMES_RE.pattern.index(")分别") + 1:]
)
# …分别新增3家和46家，总数分别达到27家和215家: the totals of the things the list before in the sentence named; and
# 存、贷款余额分别达到…，比年初分别增加312亿元、356亿元: what each of them grew by since the year began.
RESPECTIVE_TOTALS_RE = re.compile(
    rf"[,，](?:(?P<total>总数|总量|总额|总规模)分别(?:达到|达|为|是|增至|增加到|增长到|突破|超过)?"
    rf"|(?:比|较)(?:年初|上年末)分别(?P<change>增加|减少))(?P<per>{PER_UNIT_PHRASE})$"
)
# 武陵高新区、潇湘高新区营业收入增速分别达到15.8%、13.9%: a list named as rates, with no verb of growth, is of rates.
LISTED_RATE_NAME_RE = re.compile(r"(?:增速|增幅|增长率)$")
# 新能源汽车及零部件、新一代信息技术两大主导产业加快壮大，全年分别实现产值486亿元、352亿元: the measure of the items a
# clause before counted (两大, 三个).
MEASURE_OF_COUNTED_RE = re.compile(rf"分别(?:实现|完成)(?P<measure>{LISTED_MEASURES})(?:为|达到|达)?(?P<per>{PER_UNIT_PHRASE})$")
COUNTED_ITEMS_RE = re.compile(
    r"(?<![\u4e00-\u9fffA-Za-z])(?P<items>[\u4e00-\u9fffA-Za-z]{2,20}(?:、[\u4e00-\u9fffA-Za-z]{2,20})+?)(?P<count>[两二三四五六七八九十])(?:大|个|类|项)")
COUNTED_ITEMS_REACH = 120
SENTENCE_END_RE = re.compile(r"[。;；!?！？\n]")
ORDINAL_RE = re.compile(r"第?[一二三四五六七八九十]")
# 工业和建筑业增加值: one character that ends a sector or place name and starts the shared part.
NAME_ENDING_CHARS = frozenset("业区市省县品类")
# 金融机构本外币存、贷款余额, 进、出口总额, 大、中、小学: a one-character conjunct before 、 shares the head after it (and
# what leads the first, 金融机构本外币, leads them all)
PAIRED_CONJUNCT_CHARS = frozenset(("存贷", "进出", "出进", "大中", "中小", "产销", "收支", "内外", "供需", "初高"))
NAME_LIST_SEPARATOR_RE = re.compile(r"、|和|及|与|以及")
LISTED_FIGURE_GAP_RE = re.compile(rf"(?:{NAME_LIST_SEPARATOR_RE.pattern})(?P<per>{PER_UNIT_PHRASE})")
LAST_JOINER_RE = re.compile(r"(?:以及|和|及|与)(?!.*(?:和|及|与))")
PLACE_END_CHARS = frozenset("镇乡村县区市省")
# 鹤湖、澄江、锦屏三家高新区…分别为: the count of the places listed is no part of their names.
LISTED_PLACES_COUNT_RE = re.compile(r"[两二三四五六七八九十]+[家个座](?=高新区|开发区|经开区|园区|新区|片区|[市县区镇乡])")
MAX_LISTED_PLACE_CHARS = 6
# 按A、B、C三类分别给予: the classes the amounts listed after are for.
CLASSES_LISTED_RE = re.compile(
    r"按(?P<classes>[A-Za-z\u4e00-\u9fff]{1,4}(?:、[A-Za-z\u4e00-\u9fff]{1,4}?)+)[两二三四五六七八九十]?(?P<kind>类|档|级)"
    r"(?:人才|企业|项目)?[,，]?(?:分别)?(?:给予|给|奖励|资助|补助|补贴)" + AMOUNT_TERMS + "$"
)
# 新材料两大产业集群, 生物医药三大产业: the count of the items listed, before the noun they share.
# (江苏、广东、山东、浙江4省国家级孵化器数量: the count of the places listed, before what they share)
LISTED_COUNT_RE = re.compile(
    r"(?<=[\u4e00-\u9fff])([两二三四五六七八九十]{1,2}|\d{1,2})(?:大|个|类|项|(?<=\d)[省市区县])(?=[\u4e00-\u9fff])")
TOTAL_WORDS_RE = re.compile(r"累计|总数|总计|合计|共计")
# 投资完成率达到年度计划的48.2%: a completion rate named, then the plan it is of.
NAMED_COMPLETION_RE = re.compile(r"(?P<rate>[^,，;；。]{0,12}?(?:完成率|执行率|完成进度))(?:达到了?|达|为)[^,，;；。]{0,10}?的$")
# 完成年度目标的120%, 为调整预算的101.2%: how much of a plan was done.
COMPLETION_RE = re.compile(
    r"(?:完成(?!率)了?|为)(?P<plan>[^,，;；。]{0,12}?(?:预算|计划|目标|任务)[^,，;；。]{0,4}?)的$|完成(?!率)了?(?P<thing>[^,，;；。]{2,16}?)的$"
)
# Words that, right after a count, measure what was counted: 139家、注册资本300亿元; 45个，总投资600亿元;
# 实施重点项目1180个，完成投资2938亿元; 先进制造业项目14个、投资136.2亿元; 产值超10亿元企业12家，合计产值506.2亿元
# (their sum; a bare 实现营业收入 may be the whole place's); a period may stand before the verb (，一季度完成投资);
# a plan's words stay in the name (重点项目380个，年度计划投资1100亿元: 重点项目年度计划投资).
ATTRIBUTE_RE = re.compile(
    rf"^[、,，;；]?\s*(?:{YEAR_PARTS})?(?:(?:(?:合计|共计|总计|累计|共)(?:实现|完成)?)?"  # 一季度完成投资
    r"((?:年度)?计划投资|注册资本|整体产值|总产值|产值|营业收入|营收|总收入|总投资|投资额|协议投资|投资|总面积|面积|建筑面积|税收|利润)"
    r"|(?:累计)?完成(投资))"
    r"(总额)?(?:达到|达|超过|超|突破|约|近|为|共|合计|累计)*$"
)
ARRIVAL_DEEDS = "入驻|落户|签约|投产|开工|竣工|上市|挂牌|获批"
ARRIVAL_RE = re.compile(rf"(?:相继|先后|陆续|已|均|全部)?((?:{ARRIVAL_DEEDS})+)")
# 十余个项目提前竣工投产: how the deed was done, left at the end of the noun, goes with the deed.
DEED_ADVERB_AT_END_RE = re.compile(r"(?:提前|按期|如期|顺利|率先|集中)$")
# 86个省重点项目已开工（复工）79个: a count right after the deed is of those that did it; the one before is all of them.
COUNT_AFTER_DEED_RE = re.compile(
    rf"(?:{ARRIVAL_DEEDS})*(?:[（(][^）)]{{1,8}}[）)])?[了的]?[约近超逾]?[\d一二三四五六七八九十两]")
# 218家企业通过认定, 36家企业通过国家高新技术企业认定, 12个项目通过验收: those counted are those that passed.
PASSED_CHECK_RE = re.compile(
    r"(?:相继|先后|陆续|已|均|顺利|成功)?通过(?P<what>[\u4e00-\u9fffA-Za-z]{2,14}?)?(?P<check>(?:认定|评审|审核|验收|评价|复审|认证|备案)(?:入库)?)"
)
# 12家企业已在证监局辅导备案, 5家企业在新三板挂牌: those counted are those that did it there (辅导备案企业).
DEED_AT_PLACE_RE = re.compile(
    r"(?:已经|已|均|相继|先后|陆续)?在[\u4e00-\u9fffA-Za-z]{1,10}?(?P<deed>辅导备案|备案|挂牌|上市|注册|登记|入驻|落户)(?!公司|企业)"
)
# 24个行业增加值保持增长: the industries counted are those whose value added grew (not a rate: 增长5%).
GROWING_METRICS = "增加值|总产值|产值|营业收入|营收|利润|产量|销量|收入|税收"
GROWING_RE = re.compile(
    rf"(?P<metric>{GROWING_METRICS})?(?:均|都)?(?:同比|比上年|较上年)?(?:保持|实现)?"
    r"(?P<verb>正增长|增长|下降)(?![\d百千万%])"
)
# 2家高新区营业收入同比下降: the noun after the count ran on into the metric that fell.
GROWING_METRIC_AT_END_RE = re.compile(rf"(?<=[\u4e00-\u9fff]{{2}})(?:{GROWING_METRICS})$")
# What rate_suffix puts after a metric: 增速, 年均增速, 环比增速.
RATE_SUFFIX_RE = re.compile(r"(?:年均|环比)?增速$")
# 常住人口增加: the name of a change, its level's with the verb after it.
CHANGE_AT_END_RE = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:增加|减少)$")
# 股份制企业, 衣着类, 制造业: how the name of a part (a kind of firm, an item of prices, an industry) ends.
RATE_PART_ENDINGS = ("企业", "类", "业")
MAX_PARALLEL_METRIC_CHARS = 6
_CURRENCY_BEFORE = "|".join(CURRENCIES_BEFORE_NUMBER)
# 98650元，按年平均汇率折算为14300美元, 3.2亿美元（约合新台币100亿元）: the same figure in another unit.
CONVERSION_RE = re.compile(
    rf"(?:(?:约合|折合|合计约|相当于|折算|换算|折)(?:为|成)?(?:{_CURRENCY_BEFORE})?|(?:按|以)(?:{_CURRENCY_BEFORE})计(?:价|算)为?)约?$"
)
# 占全市的58.1%、全省的11.4%: the same share, of another whole.
LISTED_WHOLE_RE = re.compile(r"(?:^|[、和及])\s*(全国|全[省市区县]|(?!占)[\u4e00-\u9fff]{2,6}[省市])的$")
# 较2020年末的236家, 较五年前的221.4亿元: the same metric at an earlier time; 比2010年第六次全国人口普查的45.93万人: at
# the census or survey of that year.
BASE_VALUE_LEAD_RE = re.compile(
    r"(?:较|比|与|从|由)(?:(?:19|20)\d\d年[末底]?(?:第[一二三四五六七八九十]次[\u4e00-\u9fff]{2,8}?(?:普查|调查))?"
    r"|[两二三四五六七八九十]年前|上年同期|上年末?|去年同期)的$"
)
# 余额1.24万亿元…；前三季度增加2065.3亿元: a change with no name of its own, maybe for a part of the year.
# 较上年净增近400家: the figure's qualifier may stand between the verb and the figure.
CHANGE_QUALIFIER = r"了?(?:近|约|超过?|逾|达到?|突破)?$"
# 十年共增加344433人: a change over the years since the base, summed up.
BARE_CHANGE_RE = re.compile(
    rf"[,，;；]?\s*(?:{YEAR_PARTS}|全年|当年|(?:[两二三四五六七八九十]|\d{{1,2}})年(?:来|间)?)?共?(?:比年初|比上年末|较年初)?"
    rf"({CHANGE_VERBS}){CHANGE_QUALIFIER}"
)
# 亩均税收达到38.6万元，同比提高4.2万元: an amount raised or lowered, in the level's own unit, is a change too.
# 比2010年第六次全国人口普查减少0.33人: the base may be a census named after its year.
INCREMENT_RE = re.compile(rf"(?:较|比)[^,，;；。]{{0,16}}?({CHANGE_VERBS})" + CHANGE_QUALIFIER)
NOVELTY_RE = re.compile(r"^(?:年内|当年|全年)?(?:净增|新增|新)(?:登记|认定|注册|设立|引进|培育|入驻|落户|签约|建|组建|获批)?")
BARE_NOVELTIES = frozenset({"新增", "净增"})
# What was done to projects or firms counted: 新开工, 竣工投产, 签约, 落地, 引进, 认定.
COUNTED_DEED = r"(?:新|累计)?(?:开工建设|开工|竣工|投产|达产|签约|落地|建成|在建|续建|新建|落户|引进|入驻|认定|培育|交付)+"
COUNTED_DEED_RE = re.compile(COUNTED_DEED)
# 储能电池项目规划产能, 设计规模: how much of a measure was planned, of which a deed alone after it tells how much is done.
PLANNED_MEASURE_RE = re.compile(r"(?:规划|设计|计划)(产能|规模|能力|装机容量|容量|装机|面积|里程|长度)$")
NAME_MARKS_RE = re.compile(r"[\"“”'‘’\s]")
# A stage of a budget, or how much of a bare plan was done: said of the item named before (执行数, 预算完成率);
# a plan may say who set it (城镇新增就业5.82万人，完成省定目标的126%: 城镇新增就业省定目标完成率).
BUDGET_FIGURE_RE = re.compile(
    r"预算数|执行数|决算数|完成数|调整预算数|(?:年度)?(?:[省市县区](?:定|下达))?(?:预算|调整预算|计划|年度目标|目标|任务)完成率")
BUDGET_STAGE_AT_END_RE = re.compile(r"(?:调整)?(?:预算数|执行数|决算数|完成数)$")
RATE_NAME_ENDINGS = ("增速", "增幅", "增长率", "涨幅", "降幅", "增长目标", "增速目标")
# 国家级, 省级: a level of government alone names a part of what the figure before counted.
LEVEL_ONLY_RE = re.compile(r"(?:国家|省|市|区|县|部)级|规模以上|规上|限额以上")
# 全职, 柔性引进, 外籍: a kind of person or firm alone, after a count, names a part of the things counted.
# 户籍人口52.36万人，其中男性26.98万人，女性25.38万人: each kind is a part of the whole, not of the kind before.
KIND_ONLY_RE = re.compile(r"全职|兼职|柔性(?:引进)?|外籍|海外|境外|本土|男性|女性|青年|外资|内资|民营|国有")
LEVEL_PREFIX_RE = re.compile(r"^(?:.*?级(?:及?以上)?|规模以上|规上|限额以上)")
# 居民恩格尔系数为29.7%，其中城镇为28.3%，农村为32.5%: a part of the place alone names the metric before, of that part.
PLACE_PART_RE = re.compile(PLACE_PART)
WHOLE_POPULATION_RE = re.compile(rf"^(?:全体|全省|全市|全县|全区|{PLACE_PARTS})")
# 发生各类生产安全事故152起，死亡98人: the people the accidents (fires, disasters) just counted killed or hurt.
HARMED_PEOPLE = {"死亡": "死亡人数", "受伤": "受伤人数", "遇难": "遇难人数"}
ACCIDENT_AT_END_RE = re.compile(r"(?:发生了?)?(?:各类)?(?P<accident>[\u4e00-\u9fff]{0,8}?(?:事故|火灾|灾害))$")
# 普通高中48所，在校生9.73万人: the people of the schools just counted.
SCHOOL_MEMBERS = ("在校生", "在校学生", "毕业生", "招生", "教职工", "专任教师")
SCHOOL_MEMBERS_AT_END_RE = re.compile("(?:" + "|".join(SCHOOL_MEMBERS) + ")$")
SCHOOL_ENDINGS = ("学校", "学院", "大学", "高校", "小学", "中学", "高中", "初中", "幼儿园")
# 铁矿砂进口1856万吨，价值125.7亿元: what the thing just counted is worth.
WORTH_WORDS = frozenset({"价值", "金额", "货值"})
COUNTERPARTS = {"支出": "收入", "收入": "支出", "进口": "出口", "出口": "进口"}
# 存款增加8126.5亿元，同比多增412.3亿元: how much more (or less) the change is than a year before.
CHANGE_ON_LAST_YEAR_RE = re.compile(r"(?:同比|比上年同期|较上年同期)?[多少][增减]")
FLOW_VERB_RE = re.compile(r"(?:比年初|较年初|比上年末|较上年末)?(?:增加|减少)$")
GENERIC_TOTALS = ("总数", "总量", "总额", "总计", "总规模", "累计", "总和")
# 粮食播种面积12.6万亩，总产量5.18万吨; 柑橘种植面积3.2万亩，产量15.6万吨，产值9.8亿元: a crop or herd said once
# for several of its measures; the measures after the first are the same holder's (茶叶种植面积15.6万亩，综合产值38亿元).
HOLDER_MEASURE_RE = re.compile(
    r"(?<=[\u4e00-\u9fff])(?:种植面积|播种面积|收获面积|面积|总产量|产量|综合产值|总产值|产值|存栏量?|出栏量?)$")
# 企业、政府属研究机构、高等学校经费所占比重: parts listed before the measure and share they all take.
SHARED_SHARE_TAIL_RE = re.compile(
    r"(?<=[\u4e00-\u9fff]{2})(?:经费|投入|支出|收入|产值|增加值|投资|贷款|存款)?(?:所占比重|所占比例|占比|比重|比例)$")
# 生物医药、新材料产业增加值: the industries listed share 产业 and the measure after it.
INDUSTRY_MEASURE_TAIL_RE = re.compile(rf"(?<=[\u4e00-\u9fff]{{2}})(?:产业|行业)(?:{LISTED_MEASURES})$")
HELD_MEASURES = frozenset({"产量", "总产量", "单产", "亩产", "产值", "总产值", "综合产值", "种植面积", "播种面积", "收获面积",
                           "存栏", "出栏", "存栏量", "出栏量"})


@lru_cache(maxsize=65536)  # the same lead words recur across a corpus
def strip_lead(lead: str, subjects: tuple[str, ...], counted: bool = False) -> str:
    """The metric name left in the words before a figure, or ''.

    For things ``counted`` (企业, 人才, 项目), the verbs that say which ones were counted stay in
    the name: 引进培育实体企业70余家 counts the firms brought in, not all firms.
    """
    if lead[:1] in "这该此上" and (restated := RESTATED_COUNT_LEAD_RE.match(lead)):
        lead = lead[restated.end():]
    dated = None if TIME_PHRASE_CHARS.isdisjoint(lead) else TIME_PHRASE_INSIDE_RE.search(lead)
    if dated and dated.start() > 0 and (metric := strip_lead(lead[dated.end():], subjects, counted)):
        if metric in GENERIC_METRICS and PERIOD_INSIDE_RE.fullmatch(dated.group(0)) \
                and OWNER_VERB_OPENING_RE.match(lead, dated.end()):
            metric = _owner(lead[: dated.start()], subjects) + metric  # 工程机械产业集群上半年实现产值: the cluster's
        if "占全年" in metric and (part := YEAR_PART_AT_END_RE.search(dated.group(0))):
            metric = part.group(0) + metric  # 宁川市一季度工业增加值占全年的23%: the quarter's share of the year
        return metric
    novelty = TRAILING_NOVELTY_RE.search(lead)
    if novelty and novelty.start() > 0 and (noun := strip_lead(lead[: novelty.start()], subjects)):
        if noun in PERIOD_AVERAGES:
            return noun + novelty.group(1)  # 日均新增130余户: how many are added a day, of what the clause before says
        return novelty.group(1) + noun  # 孵化面积新增30万平方米: the new 孵化面积
    per = PER_UNIT_AT_END_RE.search(lead) if "每" in lead else None
    if per and per.start() > 0:  # 产出强度达到每平方公里[120亿元]: the metric, per square kilometre
        metric = strip_lead(lead[: per.start()], subjects, counted)
        return metric + per.group(1) if metric else ""
    if "（" in lead or "(" in lead:
        lead = SCOPE_NOTE_RE.sub("", lead)  # 旅客总消费（不包括博彩）为: the note says what is counted
    if "[" in lead:
        lead = FOOTNOTE_MARK_RE.sub("", lead)  # 地区生产总值[1]: a note's number
    name = TRAILING_FILLER.sub("", lead)
    name = GROWTH_WORDS.sub("", name)
    name = TRAILING_FILLER.sub("", name)
    if "较" in name or "比" in name:
        name = BASE_TIME_TAIL_RE.sub("", name)  # 地区生产总值较2020年[增加]: the time the change is counted from
    if "初" in name or "时" in name or "伊始" in name:
        name = BASE_EVENT_TAIL_RE.sub("", name)
    trimmed = name
    share = name.find("占")
    head, tail = (name[:share], name[share:]) if share > 0 else (name, "")
    split = SPLIT_VERBS.match(head)
    qualifier = stage = ""
    if split and split.end() < len(head) - 1:  # 拥有量 is a noun: keep a name of one character whole
        if head.endswith("预算安排", 0, split.end()):
            stage = "预算数"  # 年初预算安排全市一般公共预算收入305.0亿元: the item's budget, not its outcome
        if "每" in head and (per := PER_HOLDER_RE.search(head, 0, split.end())):
            qualifier = per.group(0)  # 每万名从业人员拥有发明专利: the holders it is counted per stay in the name
        elif counted and (verbs := COUNTING_VERBS_AT_END.search(head, 0, split.end())):
            qualifier = verbs.group(0)
        elif head.endswith("带动", 0, split.end()):
            qualifier = "带动"  # 项目带动产值40亿元, 带动就业3000人: what it drove, not the place's own output
        elif counted and head.endswith("实现", 0, split.end()) and PEOPLE_DEED_RE.fullmatch(head, split.end()) \
                and (owner := _owner_before_verb(head[: split.end()], subjects)):
            qualifier = owner + "实现"  # 就业困难人员实现就业: the people who found work, not all who did
        elif head[split.end():] in GENERIC_METRICS:  # 电子信息产业实现产值: whose 产值 it is
            qualifier = _owner_before_verb(head[: split.end()], subjects)
        elif len(head) - split.end() <= 2 and head.endswith("累计", 0, split.end()):  # 新冠病毒疫苗累计接种: what was
            qualifier = _owner_before_verb(head[: split.end()], subjects, ACCUMULATED_RE)  # given, before a bare verb
        elif INDUSTRY_HOLDING_RE.search(head, 0, split.end()):
            qualifier = _owner_before_verb(head[: split.end()], subjects, INDUSTRY_HOLDING_VERB_RE)
        head = head[split.end():]
    name = _strip_subjects(head + tail, subjects)
    if counted and not name and subjects[0] and (head + tail).endswith(subjects[0]):
        name = head + tail  # 其中国家高新区9家: the places of the article's kind counted, not a figure of theirs
    bare = LEADING_FILLER.sub("", name)
    if "占全年" in bare and (part := YEAR_PART_AT_END_RE.search(name, 0, len(name) - len(bare))):
        bare = part.group(0) + bare  # 四季度经济总量占全年的28%: the quarter is the part whose share it is
    if not counted and bare[:1] in AIM_VERB_FIRST_CHARS and (aim := AIM_VERB_OPENING_RE.match(bare)):
        bare = LEADING_FILLER.sub("", bare[aim.end():])
    # 辖区面积, 园区面积: "of the area" is the owner of a bare 面积 (a place's own size), not a filler.
    name = bare if bare not in BARE_MEASURES else _last_filler_kept(name, bare)
    name = DURATION_IN_NAME.sub("", name)
    if "在" in name:
        name = PLACE_INSIDE_RE.sub("", name)
    name = TRAILING_FILLER.sub("", name)  # 由2015年的: the year gone, 由 is left at the end
    name = TRAILING_ALIAS.sub("", name.strip(" ,.:;，；：、\"“”"))
    name = name if name.count("(") == name.count(")") else name.strip("()（）")
    if not name and counted and (zones := ZONES_HAD_RE.search(trimmed)):
        return zones.group(1)
    if name in COUNT_WORDS:
        name = _counted_subject(trimmed, name, subjects) + name
    if name in BUDGET_TOTAL_ITEMS and (total := BUDGET_TOTAL_RE.search(lead)):
        name += total.group(1)
    return qualifier + name + stage if name else name


@lru_cache(maxsize=65536)
def noun_after(tail: str) -> str:
    """The counted thing right after a figure: '所高校、在校' -> '高校' (the caller drops the unit)."""
    if tail[:1] in OPENING_QUOTES and (quoted := QUOTED_NAME_RE.match(tail)):
        return _quoted_noun(quoted["name"], tail[quoted.end():])
    stop = NOUN_AFTER_STOP.search(tail)
    noun = tail[: stop.start()] if stop else tail
    if stop and (PREDICATE_OF_COUNTED_RE.match(tail, stop.start()) or tail.startswith(SUMMED_AFTER, stop.start())) \
            and (metric := GROWING_METRIC_AT_END_RE.search(noun)):
        noun = noun[: metric.start()]  # 高新区营业收入均超过, 公司营业收入合计: the zones counted, their revenue said of them
    if len(noun) > SHORT_PAIR_CHARS:  # 国家和地区 is one thing; 企业和高校共建的平台 is not
        noun = CONJUNCTION_RE.split(noun, 1)[0]
    noun = TRAILING_PARENTHESIS.sub("", noun)
    noun = _before_unopened_closing_bracket(noun)  # （含12家国家高新区）实现…: the bracket closes around the figure
    if not any(char.isalpha() for char in noun) or noun[0] in LIST_JOINERS or noun[0] in CLOSING_BRACKETS:
        return ""  # 5家2023-12-20: a date glued to the figure names nothing; 35家)进行了: nor a bracket's close
    return noun if 1 < len(noun) <= 16 or (len(noun) == 1 and noun not in "的了是") else ""


def _before_unopened_closing_bracket(noun: str) -> str:
    """国家高新区）实现 -> 国家高新区: a closing bracket no opening one in the noun matches ends it."""
    for at, char in enumerate(noun):
        if char in CLOSING_BRACKETS:
            return noun[:at] if at else noun  # (35家)进行了: left for the caller, which names nothing after a close
        if char in "(（":
            return noun
    return noun


def _quoted_noun(name: str, rest: str) -> str:
    """28个“青峰英才计划”入选项目: the programme's name, then what of it is counted (its selected projects)."""
    selected = SELECTED_BY_RE.match(rest)
    noun = noun_after(rest[selected.end():] if selected else rest)
    return name + (selected.group(0) if selected and noun else "") + noun


def is_count_unit(unit: str) -> bool:
    return bool(unit) and not unit.endswith(COUNT_UNITS_EXCLUDED)  # an index (价格指数为100.3) counts nothing


def share_name(name: str, previous_name: str) -> str:
    """占地区生产总值比重 -> 高新技术产业增加值占地区生产总值比重 (the share of the metric before it)."""
    match = SHARE_RE.match(name)
    if not match:
        return name
    if match.group(1) == "比":  # 工业投资168.3亿元，占比47.2%
        return previous_name + "占比" if previous_name else "占比"
    whole = f"占{match.group(1)}比重"
    owner = GROWTH_WORDS.sub("", previous_name.replace("年均增速", "")) if previous_name else ""
    return owner + whole if owner and not owner.startswith("占") else whole


def _owner_before_verb(before: str, subjects: tuple[str, ...], verbs: re.Pattern = OWNER_VERB_RE) -> str:
    """规模以上工业企业 in 全区规模以上工业企业实现: the noun before 实现/完成 (or other ``verbs``), or '' if only
    a subject."""
    verb = verbs.search(before)
    return "" if verb is None else _owner(before[: verb.start()], subjects)


# A dateline's or note's closing bracket, a quote mark: the owner of a metric starts after them.
CLOSINGS_BEFORE_OWNER = ("）", ")", "】", "“", "”")


def _owner(words: str, subjects: tuple[str, ...]) -> str:
    """The noun that owns a bare metric after ``words`` (规模以上工业企业 in 全区规模以上工业企业), or '' if only a
    subject."""
    owner = _strip_subjects(words, subjects)
    if (closed := max(owner.rfind(mark) for mark in CLOSINGS_BEFORE_OWNER)) != -1:
        owner = owner[closed + 1:]  # 电（记者 钟升）“园区生物医药产业上半年实现产值: the dateline and quote mark own nothing
    owner = LEADING_FILLER.sub("", owner)
    if (group := COUNTED_GROUP_RE.search(owner)) is not None:
        owner = group["counted"] or group["kind"]  # 新一代信息技术、高端装备、生物医药三大主导产业实现: the group the list names
    if LISTED_INDUSTRY_RE.fullmatch(owner) and len(owner) <= MAX_LISTED_INDUSTRY_CHARS:
        return owner  # 信息传输、软件和信息技术服务业实现增加值: one industry of the classification, its parts listed
    return owner if 2 <= len(owner) <= MAX_OWNER_CHARS and NOUN_RE.fullmatch(owner) else ""


def _last_filler_kept(name: str, bare: str) -> str:
    """辖区面积 rather than 面积: keep the last of the leading words stripped from ``name``."""
    fillers = name[: len(name) - len(bare)]
    last = LEADING_FILLER_WORD_RE.search(fillers)
    return (last.group(0) if last else "") + bare


# 国家高新区数量由105家增加至169家: the number of the places the subject names, not a figure of theirs
COUNT_WORDS = frozenset({"数量", "总数", "数"})


def _strip_subjects(name: str, subjects: tuple[str, ...]) -> str:
    for subject in subjects:
        if subject and subject in name and not _kind_within_another_place(subject, subjects):
            name = name[name.rfind(subject) + len(subject):]
            if name.startswith("内") and not name.startswith(INWARD_WORDS):
                name = name[1:]  # 国家高新区内国家高新技术企业: the place's 内 goes with it
    return name


def _counted_subject(words: str, count: str, subjects: tuple[str, ...]) -> str:
    """国家高新区 in 国家高新区数量由2012年的105家…: the subject whose number a bare count word is, or ''."""
    return next((subject for subject in subjects if subject and subject + count in words), "")


def _kind_within_another_place(subject: str, subjects: tuple[str, ...]) -> bool:
    """东部地区国家高新区园区生产总值 in an article about the national zones: the article's subject, a kind of zone, says
    which of another place's figures it is (the eastern region's zones'), so it stays in the name."""
    return subject.startswith("国家") and subject == subjects[0] and len(subjects) > 1 and subjects[1] not in ("", subject)


@dataclass(slots=True)
class ListedName:
    name: str
    growth_sign: float | None  # 分别增长/分别下降: the listed figures are rates of the named metrics
    growth_kind: str = "yoy"  # avg_annual after 年均分别增长
    novelty: str = ""  # 新增 after 分别新增: said before the name, after any place it opens with
    place: str = ""  # 苏州 of 苏州、无锡高新技术企业数量分别为…: a city known by name its list's items open with


def listed_names(text: str, figures: list) -> dict[int, ListedName]:
    """出口额和进口额分别为500亿元和300亿元: the listed names go to the listed figures (by index)."""
    names: dict[int, ListedName] = {}
    list_before: list[str] = []  # the names of the last list, for the totals of the same things after it
    list_before_end = 0
    for index, figure in enumerate(figures):
        if index in names:
            continue
        if text.find("分别", max(0, figure.number_start - 10), figure.number_start) == -1:
            continue  # the pattern is costly and 分别 is rare: look only where it stands
        window = max(0, figure.number_start - 60)
        match = RESPECTIVE_NAMES_RE.search(text, window, figure.number_start)
        places: list[str] = []
        if match is not None:
            written = _listed_items(match["names"], listed_figure_count(text, figures, index))
            places = _cities_listed(written)
            written[-1] = LISTED_PLACES_COUNT_RE.sub("", written[-1], count=1)
            listed = [strip_lead(n, ()) for n in _sharing_counted_noun(written)] or _completed([strip_lead(n, ()) for n in written])
        elif (match := BOUND_SHARED_THEN_RESPECTIVE_RE.search(text, window, figure.number_start)) is not None:
            written = _listed_items(match["names"], listed_figure_count(text, figures, index))
            listed = _completed([strip_lead(n, ()) for n in written])
        elif (match := CONTRACTED_NAME_RE.search(text, window, figure.number_start)) is not None:
            listed = _expanded(strip_lead(match["names"], ()))
        elif (match := RESPECTIVE_DEED_RE.search(text, window, figure.number_start)) is not None:
            deed = _deed_named_before(text, window, match.start(), match["deed"])
            listed = [strip_lead(name, ()) + deed for name in NAME_LIST_SEPARATOR_RE.split(match["names"])]
        elif list_before and (match := RESPECTIVE_TOTALS_RE.search(text, window, figure.number_start)) is not None \
                and SENTENCE_END_RE.search(text, list_before_end, match.start()) is None:
            listed = [name + (match["total"] or match["change"]) for name in list_before]
        elif (match := MEASURE_OF_COUNTED_RE.search(text, window, figure.number_start)) is not None:
            listed = _counted_items_before(text, max(0, figure.number_start - COUNTED_ITEMS_REACH), match.start())
        else:
            continue
        listed = [name.replace("的比重", "比重") for name in listed]  # as shares are named elsewhere
        parts = match.groupdict()
        if parts.get("measure"):  # 装备制造、电子信息产业分别实现产值…: each part's measure
            listed = [name + parts["measure"] for name in listed]
        members, per_units = [index], [match["per"] or ""]
        for following in range(index + 1, min(len(figures), index + len(listed))):
            gap = LISTED_FIGURE_GAP_RE.fullmatch(text, figures[members[-1]].end, figures[following].number_start)
            if gap is None:
                break
            members.append(following)
            per_units.append(gap["per"])
        if len(members) == len(listed) > 1 and all(listed):
            growth = parts.get("growth")
            sign = None if growth is None else -1.0 if growth in DECLINE_VERBS else 1.0
            if sign is None and figure.unit in PERCENT_UNITS and (
                    LISTED_RATE_NAME_RE.search(parts.get("names") or "")
                    or match.group(0).endswith("以") and RATE_NOUN_AFTER_RE.match(text, figures[members[-1]].end)):
                sign = 1.0  # 分别以8.2%和7.5%的增速领跑全省: the rates of what is listed, named after them
            kind = "avg_annual" if "年均" in match.group(0) else "yoy"
            novelty = parts.get("novelty") or ""
            places = places or [""] * len(listed)
            names.update((member, ListedName(name + per, sign, kind, novelty, place))
                         for member, name, per, place in zip(members, listed, per_units, places))
            list_before, list_before_end = listed, figures[members[-1]].end
    _shared_amount_nouns(text, figures, names)
    return names


def _cities_listed(items: list[str]) -> list[str]:
    """苏州、无锡、常州高新技术企业数量 -> 苏州, 无锡, 常州: cities known by name, each item but the last one alone and
    the last opening with one, whose shared metric follows; [] for other lists (上海光源 alone names no city)."""
    *firsts, last = items
    places = [bare_place_at(item, 0) for item in items]
    if not firsts or not places[-1] or any(place != item for place, item in zip(places, firsts)):
        return []
    return places


def listed_figure_count(text: str, figures: list, index: int) -> int:
    """How many figures from ``index`` on are listed one after another (12.4%、10.2%和9.1%: 3)."""
    following = index + 1
    while following < len(figures) and LISTED_FIGURE_GAP_RE.fullmatch(
            text, figures[following - 1].end, figures[following].number_start):
        following += 1
    return following - index


def _listed_items(names: str, count: int) -> list[str]:
    """The items of a list of names: split at each joiner, unless that gives more items than the ``count`` figures
    listed and a 及 or 和 joins words within an item: 新能源汽车及关键零部件、生物医药、新材料产业增加值 (three rates)
    lists 新能源汽车及关键零部件 as one item; A及B、C和D (three) is split at its last joiner too."""
    items = [n for n in NAME_LIST_SEPARATOR_RE.split(names) if n]
    if len(items) <= count or "、" not in names:
        return items
    *firsts, last = [n for n in names.split("、") if n]
    last_joined = [n for n in LAST_JOINER_RE.split(last, maxsplit=1) if n]
    for candidate in (firsts + last_joined, firsts + [last]):
        if len(candidate) == count:
            return candidate
    return items


def _counted_items_before(text: str, start: int, end: int) -> list[str]:
    """新能源汽车及零部件, 新一代信息技术 in 新能源汽车及零部件、新一代信息技术两大主导产业…: the items the sentence counted
    before ``end`` ([] for none, or when the count is not theirs)."""
    ends = list(SENTENCE_END_RE.finditer(text, start, end))
    counted = COUNTED_ITEMS_RE.search(text, ends[-1].end() if ends else start, end)
    if counted is None:
        return []
    items = counted["items"].split("、")
    return [strip_lead(item, ()) for item in items] if parse_chinese(counted["count"]) == len(items) else []


def _shared_amount_nouns(text: str, figures: list, names: dict[int, ListedName]) -> None:
    """分别给予每人每年3万元、1.5万元的生活补贴: amounts listed before the noun they share are each named by it;
    按A、B、C三类分别给予300万元、200万元、100万元的创业资助: by the class each is for (A类创业资助 …)."""
    index = 0
    while index < len(figures):
        figure = figures[index]
        if index in names or text[figure.end:figure.end + 1] not in "、和及与" or not figure.unit.endswith("元") \
                or not AMOUNT_VERB_RE.search(text, max(0, figure.number_start - 12), figure.number_start):
            index += 1
            continue
        members = list(range(index, index + listed_figure_count(text, figures, index)))
        last_end = figures[members[-1]].end
        noun = noun_after(text[last_end + 1:last_end + 17]) if text.startswith("的", last_end) else ""
        if len(members) > 1 and noun.endswith(AMOUNT_NOUNS) and not any(member in names for member in members):
            classes = _classes_listed_before(text, figure.number_start, len(members))
            names.update((member, ListedName(kind + noun, None)) for member, kind in zip(members, classes))
        index = members[-1] + 1


def _classes_listed_before(text: str, number_start: int, count: int) -> list[str]:
    """A类, B类, C类 in 按A、B、C三类分别给予: the classes a list of amounts is for, one each; else ''s."""
    match = CLASSES_LISTED_RE.search(text, max(0, number_start - 40), number_start)
    if match is None:
        return [""] * count
    classes = match["classes"].split("、")
    return [name + match["kind"] for name in classes] if len(classes) == count else [""] * count


def _sharing_counted_noun(written: list[str]) -> list[str]:
    """装备制造、新材料两大产业集群营业收入 -> 装备制造产业集群营业收入, 新材料产业集群营业收入: the count of the
    items listed marks where the noun they share begins; [] when the last item holds no such count."""
    count = LISTED_COUNT_RE.search(written[-1])
    if count is None or (int(count.group(1)) if count.group(1).isdigit() else parse_chinese(count.group(1))) != len(written):
        return []
    shared = written[-1][count.end():]
    return [name + shared for name in written[:-1]] + [written[-1][: count.start()] + shared]


def _deed_named_before(text: str, start: int, end: int, deed: str) -> str:
    """通过认定 -> 通过认定企业, as 云阳高新区通过认定企业79家 named it earlier (between ``start`` and ``end``)."""
    at = text.rfind(deed, start, end)
    named = DEED_NAMED_BEFORE_RE.match(text, at + len(deed), end) if at != -1 else None
    return deed + named.group(1) if named is not None else deed


def _completed(names: list[str]) -> list[str]:
    """Names a list writes short, completed from the last one: 第一、二、三产业增加值 -> 第一产业增加值 …;
    装备制造业、高技术制造业增加值 -> 装备制造业增加值 …; 城镇、农村居民人均可支配收入 -> 城镇居民人均可支配收入 …"""
    if len(names) < 2 or not names[-1]:
        return names
    *firsts, last = names
    if conjuncts := _conjuncts_sharing_a_head(firsts, last):
        return conjuncts
    if all(ORDINAL_RE.fullmatch(name) for name in firsts) and last[0] in "一二三四五六七八九十":
        prefix = "第" if firsts[0].startswith("第") else ""
        return [prefix + name.removeprefix("第") + last[1:] for name in firsts] + [prefix + last]
    return [name + _shared_tail(name, last) for name in firsts] + [last]


def _conjuncts_sharing_a_head(firsts: list[str], last: str) -> list[str]:
    """金融机构本外币存、贷款余额 -> 金融机构本外币存款余额, 金融机构本外币贷款余额 ([] when the list's items are no
    one-character conjuncts)."""
    if len(last) < 2 or any(len(name) != 1 for name in firsts[1:]):
        return []
    chars = [name[-1] for name in firsts] + [last[0]]
    if any(a + b not in PAIRED_CONJUNCT_CHARS for a, b in zip(chars, chars[1:])):
        return []
    lead, head = firsts[0][:-1], last[1:]
    return [lead + char + head for char in chars]


def _expanded(name: str) -> list[str]:
    """城乡居民人均可支配收入 -> 城镇居民人均可支配收入, 农村居民人均可支配收入."""
    for short, pair in CONTRACTED_PAIRS.items():
        if short in name:
            return [name.replace(short, word, 1) for word in pair]
    return [name]


def _shared_tail(name: str, last: str) -> str:
    """What ``last`` adds after the part of it that parallels ``name`` ('' if ``name`` is whole)."""
    if name[-1] in PLACE_END_CHARS:  # 城关镇、石桥镇、白沙乡粮食产量: places listed before their shared metric
        place_end = next((i for i, char in enumerate(last[:MAX_LISTED_PLACE_CHARS]) if char in PLACE_END_CHARS), -1)
        if place_end != -1:
            return last[place_end + 1:]
    for size in range(len(name), 0, -1):
        ending = name[-size:]
        if size == 1 and ending not in NAME_ENDING_CHARS:
            break
        at = last.find(ending)
        if at != -1:
            return last[at + size:]
    if measure := HOLDER_MEASURE_RE.search(last):  # 牛、羊、家禽出栏: 家禽 is longer than 牛, the herds share 出栏
        holder = last[: measure.start()]  # 电子信息、新材料和生物医药产业产值: the industries share 产业产值
        part = next((ending for ending in PART_ENDINGS if holder.endswith(ending) and len(holder) > len(ending)), "")
        return ("" if name.endswith(PART_ENDINGS) else part) + measure.group(0)
    if share := SHARED_SHARE_TAIL_RE.search(last):
        return share.group(0)
    if industry := INDUSTRY_MEASURE_TAIL_RE.search(last):  # 生物医药、新材料产业增加值: 生物医药产业增加值
        return industry.group(0)
    return last[len(name):] if len(name) <= 2 and not last.endswith(name) else ""


def attribute_of(lead: str) -> str | None:
    """注册资本 in 139家、注册资本300亿元: a measure of the thing counted just before, or None; a 总额 said stays
    (项目412个，协议投资总额2865.3亿元: 协议投资总额)."""
    match = ATTRIBUTE_RE.search(lead)
    return (match.group(1) or match.group(2)) + (match.group(3) or "") if match else None


@lru_cache(maxsize=65536)
def relative_name(name: str, previous_name: str, growth_kind: str, lead: str, unit: str) -> str:
    """Names that only make sense with the metric before them in the sentence: its share, its
    parts, its total, or the same metric again (converted, changed, restated)."""
    if unit in PERCENT_UNITS and "占" in previous_name and (whole := LISTED_WHOLE_RE.search(lead)):
        return f"{previous_name.partition('占')[0]}占{whole.group(1)}比重"  # 占全市的58.1%、全省的11.4%
    share = _share(name, previous_name, unit) if "占" in name or name.startswith("相当于") else ""
    if share:
        return share
    if unit in PERCENT_UNITS and "恢复" in lead and (recovered := RECOVERY_RE.search(lead)):
        # 入境旅客2821.3万人次，恢复至2019年的71.6%: how far the metric is back to its base
        return (strip_lead(recovered.group(1), ()) or RATE_SUFFIX_RE.sub("", previous_name)) + "恢复率"
    if not previous_name:
        return name
    if name in PERIOD_AVERAGES:  # 发送旅客118.7万人次，日均14.8万人次: the daily average of the passengers sent
        return name + RATE_SUFFIX_RE.sub("", previous_name)
    if name[:2] in PERIOD_AVERAGES and name[2:] in ADDED_WORDS:  # 新登记市场主体2.37万户，日均新增130余户: 日均新增市场主体
        return name + _without_novelty(RATE_SUFFIX_RE.sub("", previous_name))
    if growth_kind and unit in RELATIVE_UNITS and (parallel := _parallel_rate(name, previous_name)):
        return parallel
    if growth_kind and not name and unit in PERCENT_UNITS:  # 居民消费价格上涨0.9%；1—9月，累计上涨0.6%: the rate
        return _same_metric(name, previous_name, growth_kind, lead, unit)  # over the months summed up, no 总数
    return _part_or_total(name, previous_name, lead, unit) or _same_metric(name, previous_name, growth_kind, lead, unit)


def _parallel_rate(name: str, previous_name: str) -> str:
    """国有控股企业增加值增长5.2%，股份制企业增长7.1%; 食品烟酒类价格上涨1.2%，衣着类上涨0.8%: a part's rate
    after another part's is of the same metric; '' when ``name`` is no bare part."""
    suffix = RATE_SUFFIX_RE.search(name)
    if suffix is None or not previous_name.endswith(suffix.group(0)):
        return ""
    part = name[: suffix.start()]
    ending = next((ending for ending in RATE_PART_ENDINGS if part.endswith(ending)), None)
    if ending is None or len(part) <= len(ending):
        return ""
    previous = previous_name[: -len(suffix.group(0))]
    at = previous.rfind(ending)
    metric = previous[at + len(ending):] if at > 0 else ""
    if not metric or len(metric) > MAX_PARALLEL_METRIC_CHARS or metric in part or not NOUN_RE.fullmatch(metric) \
            or metric.endswith(RATE_PART_ENDINGS):
        return ""
    return part + metric + suffix.group(0)


def _share(name: str, previous_name: str, unit: str) -> str:
    """The share's full name, or '' if ``name`` names no share."""
    if name[:1] in SHARE_ADVERB_CHARS:
        name = SHARE_ADVERB_RE.sub("", name)  # 仅占全市的4.2%: how much, said of the share, no owner of it
    if unit in PERCENT_UNITS and name.endswith("占"):  # 60岁及以上人口75.0万人，占22.1%; 硕士…人员约占15%
        owner = name.removesuffix("占").removesuffix("约") or RATE_SUFFIX_RE.sub("", previous_name)
        return owner + "占比"
    if name.startswith(("占", "约占")) and unit in PERCENT_UNITS:
        return share_name(name, previous_name)  # 占地区生产总值比重 -> X占地区生产总值比重
    if unit in PERCENT_UNITS and (owned := OWNED_SHARE_RE.fullmatch(name)):
        owner = owned.group(1)
        if owner in GENERIC_OWNERS and (metric := RATE_SUFFIX_RE.sub("", previous_name)) != previous_name:
            owner = metric  # 工业投资增长31.2%；总量占全市的四分之一以上: the amount of the metric whose rate it was
        elif owner in GENERIC_OWNERS and previous_name:
            owner = previous_name + owner  # 独角兽企业38家，数量占北京市的三分之一: the firms' number
        return f"{owner}占{owned.group(2)}比重"  # 民生投入占财政支出的比重 -> …占财政支出比重
    if name.startswith("相当于") and len(name) > 3 and unit == "%":
        return share_name("占" + name[3:], previous_name)  # R&D经费支出…,相当于地区生产总值的2.80%
    return ""


def _part_or_total(name: str, previous_name: str, lead: str, unit: str) -> str:
    """A part or the total of the metric before, or ''."""
    if (parallel := PARALLEL_PART_RE.fullmatch(previous_name)) and name.endswith(PART_ENDINGS) \
            and unit not in RELATIVE_UNITS:
        return name + parallel.group(1)  # 电子信息产业产值612.5亿元；生物医药产业287.4亿元: its 产值
    if LEVEL_ONLY_RE.fullmatch(name):  # 研发平台280个，其中国家级28个: 国家级研发平台
        return name + LEVEL_PREFIX_RE.sub("", previous_name)
    if KIND_ONLY_RE.fullmatch(name):  # 两院院士14名(含全职3名): 全职两院院士; 引进人才…其中柔性引进45名: 柔性引进人才
        whole = previous_name[kind.end():] if (kind := KIND_ONLY_RE.match(previous_name)) else previous_name
        return name + whole[_overlap(name, whole):]  # …外资企业120家，民营1800家: 民营企业
    if name in SCHOOL_MEMBERS and (school := SCHOOL_MEMBERS_AT_END_RE.sub("", previous_name)) \
            and (school != previous_name or school.endswith(SCHOOL_ENDINGS)):
        # 小学412所，在校生31.07万人: 小学在校生; 研究生教育招生1.62万人，在校生4.58万人: 研究生教育在校生
        return school + name
    if name in GENERIC_METRICS and (industry := INDUSTRY_OPENING_RE.match(previous_name)):
        return industry.group(0) + name  # 电子信息产业企业近200家，实现产值112亿元: the industry's 产值
    if name in WORTH_WORDS:
        return RATE_SUFFIX_RE.sub("", previous_name) + name  # 铁矿砂进口价值
    if PLACE_PART_RE.fullmatch(name):
        return of_place_part(name, previous_name)  # 城镇居民恩格尔系数
    if name in HARMED_PEOPLE and (accident := ACCIDENT_AT_END_RE.search(previous_name)):
        return accident["accident"] + HARMED_PEOPLE[name]  # 生产安全事故死亡人数
    if name in HELD_MEASURES and (holder := _holder_of_measure(previous_name)):
        return holder + name  # 粮食播种面积12.6万亩，总产量5.18万吨: 粮食总产量
    if name in GENERIC_TOTALS:
        return _without_novelty(previous_name) + name
    if CHANGE_ON_LAST_YEAR_RE.fullmatch(name):  # 本外币各项存款同比多增: the metric's, not its change's
        return FLOW_VERB_RE.sub("", previous_name) + name  # 新增市场主体…,总数 -> 市场主体总数
    counterpart = COUNTERPARTS.get(name)
    if counterpart and previous_name.endswith(counterpart):  # 国有资本经营预算收入3.6亿元，支出2.1亿元
        return previous_name.removesuffix(counterpart) + name
    if name in BARE_NOVELTIES and is_count_unit(unit):  # 上市企业累计29家，其中前三季度新增3家: 新增上市企业
        return name + _without_novelty(previous_name).removesuffix("总数")
    if BUDGET_FIGURE_RE.fullmatch(name) and (item := _budget_item(previous_name)):
        return item + name  # 一般公共预算收入预算数为286.5亿元，执行数为291.37亿元，完成预算的101.7%: the item's
    if not name and TOTAL_WORDS_RE.search(lead):
        if unit in RELATIVE_UNITS or is_count_unit(unit):
            return total_name(previous_name)  # 新增上市公司12家,累计达到67家
        # 一般公共预算收入年均增长7.4%，累计完成850亿元: the sum of the revenue over the years, not of its rate
        return RATE_SUFFIX_RE.sub("", previous_name) + "累计"
    return ""


def of_place_part(part: str, previous_name: str) -> str:
    """城镇 after 居民恩格尔系数 -> 城镇居民恩格尔系数; 城镇居民 after 全体居民人均可支配收入 -> 城镇居民人均可支配收入;
    农村 after 城镇居民恩格尔系数 -> 农村居民恩格尔系数."""
    metric = WHOLE_POPULATION_RE.sub("", previous_name)  # (农村 after 城镇居民恩格尔系数: the metric of the other part)
    if metric.startswith("居民"):
        return part.removesuffix("居民") + metric
    return part + metric


def _overlap(name: str, following: str) -> int:
    """How many characters ending ``name`` open ``following`` too (引进 in 柔性引进 + 引进人才)."""
    return next((size for size in range(min(len(name), len(following)), 0, -1) if following.startswith(name[-size:])), 0)


def _same_metric(name: str, previous_name: str, growth_kind: str, lead: str, unit: str) -> str:
    """The metric before, converted, changed or restated; else ``name`` itself."""
    if unit not in PERCENT_UNITS:
        previous_name = RATE_SUFFIX_RE.sub("", previous_name)  # 营业收入增长15%,达到3000亿元: the level of 营业收入
    if CONVERSION_RE.search(lead) or (
        (base := BASE_VALUE_LEAD_RE.search(lead)) and (not name or name[0] in "较比与" or name in base.group(0))
    ):  # 15.8万元,约合2.3万美元 / 412家，较2020年末的236家: the same metric again; 与2010年第六次全国人口普查的3512309人
        return previous_name  # 相比: the census is no name
    increment = INCREMENT_RE.search(lead) or (BARE_CHANGE_RE.match(lead) if not name else None)
    if increment and (not growth_kind or unit not in RELATIVE_UNITS):  # 2156家,较上年增加312家 (,增幅15.7%)
        change = "减少" if increment.group(1) in DECLINE_VERBS else "增加"  # 减产0.3万吨: the output's fall
        if unit == "分" and SCORE_CHANGE_RE.fullmatch(increment.group(1)):
            change = increment.group(1)  # 综合得分85.71分，较上年提升了6.8分: named as 综合得分提升了6.8分 alone is
        return previous_name if previous_name.endswith(change) else previous_name + change
    if not name or name.startswith(("比", "较")):
        # 比上年末增加3.1万人 / a bare rate after its level: the change of the metric before;
        # 突破3000亿元,达到3056.8亿元,增长6.2%: the level restated, with its own rate
        if growth_kind and unit in RELATIVE_UNITS:  # 常住人口增加344433人，增长9.81%，年均增长0.94%: the level's rate
            return CHANGE_AT_END_RE.sub("", RATE_SUFFIX_RE.sub("", previous_name)) + rate_suffix(growth_kind)
        return previous_name + ("增加" if name else "")
    return name


def _holder_of_measure(name: str) -> str:
    """粮食 in 粮食播种面积, 柑橘 in 柑橘产量: what a crop's or herd's measure is of ('' for a place's own 面积)."""
    if name in BARE_MEASURES:
        return ""
    measure = HOLDER_MEASURE_RE.search(name)
    holder = name[: measure.start()] if measure else ""
    return holder if len(holder) >= 2 and holder[-1] not in PLACE_END_CHARS else ""


def _budget_item(name: str) -> str:
    """一般公共预算收入 in 一般公共预算收入预算数: the item a budget figure before was of ('' for a share or rate)."""
    if not name or name.endswith(RATE_NAME_ENDINGS) or "完成率" in name or "占" in name:
        return ""
    return BUDGET_STAGE_AT_END_RE.sub("", name)


# 抽查乡镇8个、项目64个: a verb of inspection opening a list of counts, which each item shares as 新增 is shared.
SHARED_INSPECTION_VERBS = frozenset({"抽查", "检查", "核查", "督查", "审计", "走访", "排查"})


def shared_novelty(name: str, previous_name: str, lead: str) -> str:
    """新增国家级专精特新“小巨人”企业8家、省级专精特新中小企业65家: the 新增 opening a list of counts is each
    item's, when the item is a bare noun after the 、 (引进人才50名 says what was done to it); so is the
    抽查 of 抽查乡镇8个、项目64个."""
    novelty = previous_name[:2]
    if (novelty in BARE_NOVELTIES or novelty in SHARED_INSPECTION_VERBS) and name and not name.startswith(novelty) \
            and NAME_MARKS_RE.sub("", lead) == name and SPLIT_VERBS.match(name) is None:
        return novelty + name
    return name


def shared_counted_noun(name: str, previous_name: str) -> str:
    """新开工亿元以上项目312个、竣工投产196个, 新建保障性租赁住房1.2万套，已交付7800套: a deed alone right
    after a count is done to the things counted before it."""
    if not name or not COUNTED_DEED_RE.fullmatch(name):
        return name
    deed = COUNTED_DEED_RE.match(previous_name)
    if deed is None or deed.end() == len(previous_name) or deed.group(0) == name:
        return name
    return name + previous_name[deed.end():]


def done_of_planned(name: str, previous_name: str) -> str:
    """规划产能20GWh，目前已建成8GWh: a deed alone after a planned measure tells how much of it is done (储能电池项目规划产能 ->
    储能电池项目建成产能, not 建成 alone); '' for other names."""
    planned = PLANNED_MEASURE_RE.search(previous_name) if name else None
    if planned is None or not COUNTED_DEED_RE.fullmatch(name):
        return ""
    deed = COUNTED_DEED_RE.match(previous_name)  # 引进的储能电池项目规划产能: what was done to the project, not to its measure
    return previous_name[deed.end() if deed else 0:planned.start()] + name + planned.group(1)


def total_name(name: str) -> str:
    """新增上市公司 -> 上市公司总数: the name of the total the new ones add to."""
    return _without_novelty(name) + "总数"


def _without_novelty(name: str) -> str:
    """新增上市公司, 净增高新技术企业, 新登记市场主体, 新认定高企: what they add to, for its total."""
    return NOVELTY_RE.sub("", name, count=1) or name


def _is_area(unit: str) -> bool:
    """万平方米 measures an area; 元/平方米 a price."""
    return unit.endswith(AREA_UNITS) and "/" not in unit


def figure_name(lead: str, tail: str, unit: str, growth_kind: str, subjects: tuple[str, ...]) -> str:
    """The name in the words before (``lead``) or after (``tail``) a figure, within its clause."""
    if lead.endswith("的") and (bound := BOUND_OF_WHOLE_RE.search(lead)) and bound.start() > 0:
        lead = BOUND_ADVERB_AT_END_RE.sub("", lead[:bound.start()])  # 出资比例一般不超过子基金规模的30%: 出资比例's bound
    before = strip_lead(lead, subjects, is_count_unit(unit)).removeprefix("了")  # 组建了总规模…: no name opens with 了
    if unit == "分" and lead.endswith("以"):  # 以94.81分位居综合排名第1: the score it is ranked by
        return "综合得分" if "综合" in tail else "得分"
    if unit == "分" and lead.endswith("分") and (scored := SCORE_RANKED_BY_RE.search(lead)):
        return scored.group(1)  # 以综合得分92.6分位列全省第2位: 综合得分, not 位列全省第
    if "%" in tail and is_count_unit(unit) and (bounded := BOUNDED_AFTER_COUNT_RE.fullmatch(tail)):
        return bounded["bound"] + "的" + bounded["noun"]  # 9家公司营收增速超过20%: 营收增速超过20%的公司
    if tail and unit.endswith(PERSON_UNITS) and (deed := PEOPLE_DEED_RE.fullmatch(tail)):
        return _people_doing(before, deed.group(0))
    if lead.endswith("中有") and is_count_unit(unit) and (changed := GROWING_RE.match(tail)) and changed["metric"] \
            and (whole := _owner(lead[:-2], subjects)):
        return changed["metric"] + changed["verb"] + whole  # 规上工业企业中有89家产值同比下降: 产值下降规上工业企业
    if unit in PERCENT_UNITS and lead.endswith("的") and "按" in lead and (aid := AID_AFTER_RE.match(tail)) \
            and (base := AID_BASE_AT_END_RE.search(lead)):
        return base["base"] + aid["aid"] + "比例"  # 按设备投资额的8%给予补助: 设备投资额补助比例
    if tail.startswith(SET_ASIDE_OPENINGS) and unit.endswith("元") and (set_aside := _set_aside_for(before, tail)):
        return set_aside
    after = noun_after(tail)
    if unit in PLACE_KIND_UNITS and (not after or after[0].isdigit()) and (not before or before.endswith("辖")):
        return unit  # 辖8镇4乡: 镇 and 乡, not the next figure (4乡) nor the verb
    if MILESTONE_NOUN_RE.fullmatch(after):
        after = ""  # 首次迈上1.2万亿元台阶: the level's milestone, named by the level
    if after.endswith(AMOUNT_NOUNS) and (AMOUNT_VERB_RE.search(lead) or lead.endswith("的") and unit not in PERCENT_UNITS):
        return after  # 宣布完成超7亿元C轮融资, 获得500万元奖励, 园区自设的5000万元种子基金: the amount's noun follows it
    if tail.startswith("的") and AMOUNT_VERB_RE.search(lead) and (noun := noun_after(tail[1:])).endswith(AMOUNT_NOUNS):
        return noun  # 将获得每个500万元的奖励资金, 给予最高500万元的房租补贴: named after its 的 as without it
    if after and (is_count_unit(unit) or not before):
        arrival = ARRIVAL_RE.match(tail, len(after))
        if arrival and COUNT_AFTER_DEED_RE.match(tail, arrival.end()):
            arrival = None
        name = arrival.group(1) + after if arrival else after  # 17家企业相继入驻: 入驻企业
        if arrival and (adverb := DEED_ADVERB_AT_END_RE.search(after)) and adverb.start() > 0:
            name = adverb.group(0) + arrival.group(1) + after[: adverb.start()]  # 提前竣工投产项目
        if not arrival and "通过" in tail and (passed := PASSED_CHECK_RE.match(tail, len(after))):
            arrival = passed
            name = _passed_name(after, passed["what"] or "", passed["check"])
        if not arrival and "在" in tail and (arrival := DEED_AT_PLACE_RE.match(tail, len(after))):
            name = arrival["deed"] + after
        if not arrival and (growing := GROWING_RE.match(tail, len(after))):
            metric = growing["metric"] or ""
            if not metric and (ran_on := GROWING_METRIC_AT_END_RE.search(after)):
                metric, after = ran_on.group(0), after[: ran_on.start()]
            name = metric + growing["verb"] + after  # 增加值增长行业, 营业收入下降高新区
        if _is_area(unit) and not before:
            name += "面积"
        elif not arrival and (made := OUTPUT_VERB_RE.search(lead)):
            name += OUTPUT_OF_VERB[made.group(1)]  # 累计生产800辆无人驾驶出租车: their 产量
        elif not arrival and is_count_unit(unit) and SECTOR_RE.fullmatch(before):
            name = before + name  # 生物医药板块7家公司: the sector's companies
        return name
    if before and unit not in RELATIVE_UNITS and (change := TRAILING_CHANGE_RE.search(lead)):
        before += change.group(1)  # 财政性存款减少127.5亿元: the 财政性存款减少
    elif before and unit == "分" and (change := SCORE_CHANGE_RE.search(lead)):
        before += change.group(1)  # 综合得分提升了6.8分: how far the score rose, not the score
    if _is_area(unit) and after and AREA_PROVIDED_RE.search(lead):
        return after if after.endswith(AREA_WORDS) else after + "面积"  # 推出30万平方米产业空间, 新建5万平方米标准厂房
    if _is_area(unit) and before and not before.endswith(AREA_WORDS):
        return before + "面积"
    if unit == "%" and (named := NAMED_COMPLETION_RE.search(lead)) and (rate := strip_lead(named["rate"], subjects)):
        return rate  # 投资完成率达到年度计划的48.2%: the rate names itself before the plan
    completion = COMPLETION_RE.search(lead) if unit == "%" else None
    if completion:
        return (completion["plan"] or completion["thing"]) + "完成率"  # 完成年度目标的120%: 年度目标完成率
    if growth_kind:
        before = before.removesuffix("环比")  # 环比增长0.62%: the month's rate of the metric before
        before = AVERAGE_TAIL_RE.sub("", COMPARISON_TAIL_RE.sub("", before)) or before
    if growth_kind and before and not before.endswith(RATE_NAME_ENDINGS):
        before += rate_suffix(growth_kind)
    if tail.startswith("的") and (measure := _measure_of_what_follows(before)) and (what := noun_after(tail[1:])):
        return what + measure  # 设立总规模50亿元的科创母基金: the fund's size
    if unit not in PERCENT_UNITS and _names_only_a_period(before) \
            and (what := noun_after(tail.removeprefix("的")) if tail.startswith("的") or before else ""):
        return what  # 每年安排不少于10亿元的人才专项资金, 设立每年5000万元的…, 每年安排1亿元人才发展专项资金: the money named after it
    if unit == "%" and tail.startswith("的") and (not SHARE_WORDS_RE.search(before) or WHOLE_BEFORE_SHARE_RE.search(lead)):
        whose = noun_after(tail[1:])  # 贡献了全市38.5%的地区生产总值, 三分之一的规上工业企业: their share
        if whose:
            whole = WHOLE_BEFORE_SHARE_RE.search(lead)
            return f"{whose}占{whole.group(0)}比重" if whole else whose + "占比"
    return before


def _set_aside_for(before: str, tail: str) -> str:
    """人才发展专项资金 for 每年拿出5亿元设立人才发展专项资金, 支持科技创新资金 for 安排3亿元用于支持科技创新, 企业研发投入
    for 投入5亿元用于企业研发: the fund set up, or the money (or the input) for its use; '' when the words before the
    figure name a metric of their own (财政科技支出12亿元用于…) or nothing follows the verb."""
    if not SET_ASIDE_LEAD_RE.fullmatch(before):
        return ""
    verb = SET_ASIDE_FOR_RE.match(tail)
    use = tail[verb.end():]
    if use.startswith("对") and (deed := DEED_FOR_WHOM_RE.match(use)):
        use = use[deed.end():]  # 用于对科技型企业开展股权投资: 股权投资
    what = noun_after(use)
    if not what or what.endswith(AMOUNT_NOUNS):
        return what
    return what + ("投入" if before.endswith("投入") else "资金") if verb["use"] else ""


def _names_only_a_period(before: str) -> bool:
    """'' or 每年 alone, or after a verb of setting up (设立每年): words naming no metric, only how often."""
    return not before or before in PERIOD_ONLY_NAMES \
        or len(before) <= MAX_PERIOD_WITH_VERB_CHARS and before.endswith(PER_PERIOD_WORDS)


def _measure_of_what_follows(before: str) -> str:
    """总投资 for 总投资 alone, or after a list's joiner or 分别是 (分别是总投资150亿元的A和总投资110亿元的B: the words
    before it are no owner of it); '' else."""
    if before in MEASURES_OF_WHAT_FOLLOWS:
        return before
    listed = LISTED_MEASURE_RE.search(before) if before.endswith(MEASURE_ENDINGS) else None
    return listed.group(1) if listed else ""


def _people_doing(before: str, deed: str) -> str:
    """进场求职者 for 求职者约5300人次进场; 帮助实现就业人数 for 帮助1.8万人实现就业; 吸纳本村劳动力就业 for
    吸纳本村劳动力130余人就业: the people counted are those who did the deed, named by it (and by the help that
    made them do it)."""
    helper = HELPING_VERB_RE.match(before)
    if helper is None:
        return deed + before
    people = before[helper.end():]
    return helper.group(1) + (people + deed if people else deed + "人数")


def _passed_name(counted: str, what: str, check: str) -> str:
    """通过认定企业; 国家高新技术企业 for firms that passed its 认定 (the status they won names them)."""
    if what.endswith(counted):
        return what
    return "通过" + what + check + counted


def rate_suffix(growth_kind: str) -> str:
    """增速 for a rate; 年均增速, 环比增速 for averages and month-on-month rates."""
    return {"avg_annual": "年均增速", "mom": "环比增速"}.get(growth_kind, "增速")


# 规划目标值为16万元/人, 目标为68%: a target alone, which the metric given a value just before it is aimed at.
TARGET_ONLY_RE = re.compile(r"\s*(?:规划|年度|预期|计划)?目标值?(?:为|是|达到|达)?")
# 给予贴息，…，单个企业最高不超过500万元: a cap on what each recipient gets, named by no aid; the aid the sentence gives
# before it names it (单个企业贴息), as its recipient says whose cap it is. (A bare 最高 stays: no recipient is named.)
RECIPIENTS_CAP_RE = re.compile(r"(?P<recipient>(?:单个|单家|每个|每家|每户|每项|每)[\u4e00-\u9fff]{0,4}?(?:每年)?)(?:最高|最多)")
AID_GIVEN_RE = re.compile(r"(?:给予|予以)(?P<aid>(?:一次性)?[\u4e00-\u9fff]{0,6}?(?:贴息|补助|奖励|补贴|资助|扶持))(?![\u4e00-\u9fff])")


def capped_aid(name: str, words_before: str) -> str:
    """单个企业贴息 for 单个企业最高 after 对…给予贴息，…: the aid a recipient's cap is of, or ''."""
    cap = RECIPIENTS_CAP_RE.fullmatch(name)
    aids = list(AID_GIVEN_RE.finditer(words_before)) if cap is not None else []
    return cap["recipient"] + aids[-1]["aid"] if aids else ""


# 涉及资金836万元: an audit's amount said only to be involved; the finding in the clause before names it.
INVOLVED_AMOUNT_NAMES = frozenset({"涉及资金", "涉及金额"})
FINDING_OPENING_RE = re.compile(r"^(?:[一二三四五六七八九十]+是|审计发现|发现|经查|其中|另有|还有)+")
# 11个项目建成后闲置: a finding about things counted, named by the things (项目, 单位, 部门…).
FINDING_COUNT_OPENING_RE = re.compile(r"^\d+(?:个|家|名|人|项|笔|户|所|处|起|件|批|条)")
AUDITED_THINGS = ("部门", "单位", "项目", "企业", "乡镇", "学校", "医院", "工程", "合同", "账户", "人员", "村", "户")
# 建成后, 完工后: when the finding came about, no part of its name.
FINDING_TIME_OPENING_RE = re.compile(r"^[\u4e00-\u9fff]{1,3}后(?=[\u4e00-\u9fff])")
FINDING_COUNT_CLOSING_RE = re.compile(r"\d+(?:\.\d+)?[万千]?(?:人次|个|家|名|人|项|笔|户|所|处|起|件|批|条)$")
MAX_FINDING_CHARS = 14


def finding_of(clause: str) -> str:
    """The finding an involved amount is of, from the clause before it: 11个项目建成后闲置或未发挥效益 ->
    闲置或未发挥效益项目, 发现已死亡人员继续领取养老待遇87人 -> 已死亡人员继续领取养老待遇; '' when the clause
    names none briefly (the counts and figures of a finding are no part of its name)."""
    words = FINDING_OPENING_RE.sub("", clause.strip(" ，,；;"))
    if count := FINDING_COUNT_OPENING_RE.match(words):
        rest = words[count.end():]
        things = next((things for things in AUDITED_THINGS if rest.startswith(things)), "")
        deed = FINDING_TIME_OPENING_RE.sub("", rest[len(things):])
        finding = deed + things if things and deed else ""
    else:
        finding = FINDING_COUNT_CLOSING_RE.sub("", words)
    if not finding or len(finding) > MAX_FINDING_CHARS or not NOUN_RE.fullmatch(finding):
        return ""
    return finding
