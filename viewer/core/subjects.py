"""What a figure can belong to: the places a text names, and the main subject of an article.

Zones, cities, districts, towns and villages are known by their suffixes (苏州工业园区, 江岸区, 桃源镇);
provinces and cities written without one by name (``places``). Companies are found in ``companies``.
``TextContext`` asks these for the subject of each figure.
"""

from __future__ import annotations

import re
from collections import Counter

from viewer.core.places import (
    BARE_PLACE_NAMES,
    CITIES,
    CITY_RE,
    CITY_SUFFIX,
    NOT_A_PLACE_AFTER,
    PLACE_SUFFIXES,
    PROVINCES,
    VILLAGE,
    ZONE_NOT_A_PLACE_AFTER,
    ZONE_RE,
    bare_place_at,
)
from viewer.core.vocabulary import (
    CLAUSE_OPENERS,
    HOLIDAY_WORDS,
    NEWS_TIME_WORDS,
    PLACE_LEVELS,
    WHOLE_PLACE,
    WHOLE_PLACE_MARKS,
    WHOLE_PLACE_WORDS,
    YEAR_PARTS,
)

# Scanning for names is done from their suffixes (rare) rather than from every character (slow).
# (No lookbehind here: a pattern that opens with literal text is searched for far faster; the
# name pattern run at each hit checks the characters before it.)
ZONE_SUFFIX_RE = re.compile(rf"(?:{PLACE_SUFFIXES})")
CITY_SUFFIX_RE = re.compile(CITY_SUFFIX)
ZONE_AT_END_RE = re.compile(rf"(?:{PLACE_SUFFIXES})$")
CITY_SUFFIX_AT_END_RE = re.compile(r"(?:特别行政区|自治区|自治州|[省市县区镇乡村])$")
GENERIC_PLACE_ENDINGS = ("地区", "建成区", "核心区", "起步区", "示范区内", "城区", "市区", "辖区", "社区", "景区", "矿区", "棚户区", "安置区", "灾区", "城镇", "乡镇", "小镇", "集镇", "村镇", "乡村", "农村", "小山村", "偏远山村", "贫困山村", "渔村", "新村", "行政村", "建制村", "自然村", "贫困村", "脱贫村", "示范村", "重点村", "试点村", "薄弱村", "城乡", "家乡", "返乡", "下乡", "强区", "强市", "强县", "强省", "强镇", "大省", "大市", "小区", "校区", "街区", "专区", "分区", "功能区", "园区内", "保护区", "山区县", "区县",
    "国省", "省市", "市县", "县市")  # 地表水国省考断面, 省市重点项目: the levels (national and provincial) of a thing, no place
# 东部地区, 长三角地区, 粤港澳大湾区, 珠三角九市: the regions a total is broken down by (东部地区70家国家高新区实现…),
# known by name (地区 ends no other place's name; 九市 counts places of no name).
# 中西部地区, 东中部: regions joined (中西部 and 东中部 name no other thing, and stand without their 地区).
JOINED_REGIONS = "东中西部|中西部|东中部"
REGIONS = f"{JOINED_REGIONS}|东部|中部|西部|东北|长三角|珠三角|京津冀|成渝|长江中游|关中平原|北部湾|海峡西岸"
REGION_RE = re.compile(
    r"(?:长三角|珠三角|京津冀|粤港澳大湾区)(?:地区)?(?:[两二三四五六七八九十]省)?[一两二三四五六七八九十]+个?(?:城市|市)"
    rf"|(?:{REGIONS})地区|粤港澳大湾区|(?:{JOINED_REGIONS})(?!地区)"
)
REGION_FIRST_CHARS = frozenset("东中西长珠京成关北海粤")
BARE_SUFFIX_RE = re.compile(rf"(?:{PLACE_SUFFIXES}|市|省|县|区|镇|乡|村)")
# 临港新片区, 南沙片区 are zones; 核心片区, 东部片区, 三大片区 are parts of one.
GENERIC_AREA_RE = re.compile(
    r"(?:核心|重点|功能|产业|示范|先行|起步|拓展|综合|周边|老城|新城|城市|中心|[东西南北中]部|各|该|本|全|其他|"
    r"[一二三四五六七八九十两几多]大?个?)(?:新)?片区"
)
TOWN_SUFFIXES = ("镇", "乡", "村")
UPPER_LEVELS = ("省", "市")  # (东江市港南区: a city, the district inside it)
DISTRICT_LEVELS = ("区", "县")
COUNTED_PLACES_RE = re.compile(  # 三省, 三家高新区, 三家国家高新区, 三地国家高新区
    r"[一二两三四五六七八九十百千几多各个每][家个座地]?(?:(?:国家|省)级?)?(?:高新区|经开区|开发区|园区|新区|[省市区县镇乡村])$"
)
# 串起五市高新区: a title's zones of five cities are no one zone (though the text's figures may be all of theirs)
ZONES_OF_COUNTED_PLACES_RE = re.compile(r"[一二两三四五六七八九十几多各]个?[省市县区](?:高新区|经开区|开发区|园区|新区)$")
GENERIC_PLACE_WORDS = WHOLE_PLACE_WORDS + (
    "更多", "支持", "推动", "力争", "对标", "成为", "下一步", "入选", "获评", "评为", "认定", "获批", "年末", "年初", "年底", "上市", "新增", "占", "是", "的", "了", "把", "在",
    "获得", "荣获", "斩获",  # 获得省科学技术奖17项: the award's level, no place
    "厅", "局", "委")  # 省商务厅会同省发展改革委: an office and what it does with another, no place (商务厅会同省)
WHOLE_PLACE_PREFIXES = frozenset(WHOLE_PLACE_MARKS + "各")
# 江苏各设区市: each of a kind, no place (王各庄 is a village); 分城市看, 分县区看, 分园区看: the breakdown of a total by
# its places, a stock phrase (分宜县 is a county; a zone's 光谷分园区 keeps its name).
BREAKDOWN_BY_PLACES = "分(?:城市|[市县区][市县区])|^分(?:园区|片区)"
GENERIC_PLACE_WORD_RE = re.compile("|".join(GENERIC_PLACE_WORDS) + f"|各(?!庄)|{BREAKDOWN_BY_PLACES}")
NAME_BLOCKLIST_PREFIX = (
    "占", "代表", "关于", "完成", "实现", "达到", "年", "年度", "月", "日", "月底", "月末", "月初", "年底", "年末", "年初", "家", "个", "的", "是", "了", "国家", "国家级", "该", "各", "全",
    "本", "我", "此", "两个", "两大", "两家", "在", "累计", "月份", "份",
    "这个", "这座", "这家", "这片", "那个", "那座",  # 这个科创园: a park the title points at, not its name
    "对", "向", "为", "与", "和", "由", "将", "把", "到", "其中", "其", "从", "共有", "拥有", "现有", "共",
    "部分", "多数", "少数", "个别", "一些", "其他", "有关", "相关", "所有", "全部",  # 部分高新区: some zones, not one
    "以来", "年来",  # 今年以来园区企业…: the span a time phrase closes, no part of a place's name
    *WHOLE_PLACE_WORDS,
    "图为", "图", "据", "根据", "依据", "按照", "记者",  # 根据市政府工作报告: the source a figure is from "同时", "此外", "近年来", "截至", "一季度",
    "走进", "来到", "走访", "探访", "深入",  # 走进桐岭县经济开发区，…: the reporter's visit
    "面对", "面向", "依托", "围绕", "立足", "聚焦", "借助", "通过", "推动", "推进", "带动", "打造", "加快",  # 面对高新区…
    "作为", "同为",  # 作为襄阳高新区的主导产业…, 同为江州高新区企业的…: what a firm is, not the place
    "支持", "鼓励", "引导", "帮助", "助力",  # 支持桐江汽车整车产量突破15万辆: the company supported, by its name
    "投资",  # 投资金溪高新区 (a title's call to invest); inside a name it is one: 海沧台商投资区
    "写在",  # 写在宛平高新区建区十周年之际: an anniversary title's opening
    "盘点", "数说", "细数", "回眸", "看",  # 盘点高新区的这一年, 看高新区这一年: a review's title, before the zone it looks at
    *NEWS_TIME_WORDS,
)
# 位于星湾高新区, 距金溪市, 列入省重点项目, 经国务院批准升级为国家高新区, 成功举办南湖高新区推介会: a verb whose
# object is a place stands before the name, never in it (and 省 or 市 alone after it names no place), as in an
# interview's title (——访青州高新区管委会主任); so do the step and the feast of an anniversary title
# (宛平高新区升级国家高新区十周年, 热烈庆祝宛平高新区建区三十周年), and what a work report says was built or carried
# out (建成栖凤高新区人民医院, 开工建设…实验学校, 实施省市重点项目, 认真执行区人大工委决议: a place inside the name of
# what was built, or a level of office).
VERBS_BEFORE_A_PLACE = (
    "位于", "地处", "坐落于", "距离", "距", "列入", "纳入", "升级为", "晋升为", "更名为", "举办", "走进", "来到", "前往",
    "来自",  # 来自粤港澳大湾区的项目23个: where the projects come from, not whose they are
    "用于", "投向",  # 10亿元将用于园区集成电路产业园二期建设: where money goes, not whose it is
    "升级", "晋升", "庆祝", "纪念", "访", "建成", "开工", "实施", "执行", "落实",
    # 加快建设一流国家高新区, 争创国家高新区, 奋力开创澄湖高新区高质量发展新局面: what a slogan calls to build or open
    "建设", "创建", "争创", "开创",
    # 青峪县位于江州市东南部，东邻临溪县，南接…: a neighbour, where the place lies
    *(side + verb for side in "东南西北" for verb in "邻临接连靠"), "毗邻", "紧邻", "相邻")
# 加快建设一流国家高新区, 争创世界一流高科技园区: the rank a slogan strives for (left once its verb is cut) opens no
# place's name, nor does it leave the national kind named
SLOGAN_RANKS = ("世界一流", "国际一流", "全国一流", "国内一流", "一流")
# 高于鹤州经开区1.7个百分点, 总量仅次于鹤州经开区（45.8亿元）, 紧盯东江高新区…的布局: the place compared with or
# watched is no subject of the clause it stands in
COMPARING_VERBS = ("高于", "低于", "次于", "少于", "多于", "快于", "慢于", "优于", "逊于", "超过", "领先", "落后", "紧盯", "赶超", "比肩")
COMPARING_VERB_RE = re.compile("|".join(COMPARING_VERBS))
# 工业总产值从建区之初的…, 自撤县设区以来, 建市30年: when the zone (city, county) was founded or ended, no place
# named …建区 (新建区 of 南昌, 建设区 are places)
FOUNDING_OF_A_PLACE_RE = re.compile(r"(?:(?<![新福])建|(?<!建)设|撤)[区市县]$")
LOCATING_VERBS = ("位于", "地处", "坐落于", "坐落在")
VERB_BEFORE_A_PLACE_RE = re.compile("|".join(VERBS_BEFORE_A_PLACE))
# (and the part of a year a title names before its place: 2023年第三季度河西省…; and how long up to now: 十年来国家高新区…,
# 今年以来全市…, 建区以来…: no place's name holds a 年来 or 以来)
SPAN_UNTIL_NOW = r"[\u4e00-\u9fff]{0,4}?(?:年来|以来)"
LEADING_WORDS_RE = re.compile(
    "(?:" + "|".join(sorted(NAME_BLOCKLIST_PREFIX, key=len, reverse=True)) + f"|{YEAR_PARTS}|{SPAN_UNTIL_NOW})+")
FUNCTION_CHARS = frozenset("由从在是为与和对向将把被及等或有的已均记据")  # 由华锂集团, 记者从
# 前海深港现代服务业合作区, 粤港澳全面合作示范区: zones of a kind named by what they are for have the longest names.
LONG_ZONE_SUFFIXES = "合作区|示范区|试验区"
# 海州高新区 goes by 海州 once named in full (a 新区, 园区 or 片区 rarely does)
SHORTENED_ZONE_SUFFIXES = ("高新区", "经开区", "开发区")
SHORTENED_ZONE_SUFFIX_RE = re.compile("|".join(SHORTENED_ZONE_SUFFIXES))
ZONE_LIST_JOINERS = "、和与及"
LISTED_ZONE_RE = re.compile(rf"(?:{'|'.join(SHORTENED_ZONE_SUFFIXES)})[{ZONE_LIST_JOINERS}]")
# (a name that long, which only these kinds have, is what a year before it may have cut: 2023年前海深港现代服务业合作区)
LONG_ZONE_NAME_RE = re.compile(rf"[\u4e00-\u9fff]{{9,12}}(?:{LONG_ZONE_SUFFIXES})")
CJK_PAIR_RE = re.compile(r"[\u4e00-\u9fff]{2}")
CJK_CHAR_RE = re.compile(r"[\u4e00-\u9fff]")
HOLIDAY_RE = re.compile(HOLIDAY_WORDS)
HOLIDAY_FIRST_CHARS = frozenset(word[0] for word in HOLIDAY_WORDS.split("|"))
PLACE_NAME = (
    rf"([\u4e00-\u9fff]{{2,8}}?(?:(?:{PLACE_SUFFIXES}){ZONE_NOT_A_PLACE_AFTER}|(?:市|省|县|区|镇|乡(?![村镇])|{VILLAGE}){NOT_A_PLACE_AFTER})"
    rf"|[\u4e00-\u9fff]{{9,12}}?(?:{LONG_ZONE_SUFFIXES}){NOT_A_PLACE_AFTER})"
)


# 江州滨海现代服务业合作区（以下简称“滨海合作区”）: the short name a place is given, as a company's is.
PLACE_ALIAS_RE = re.compile(r"[（(](?:以下简称|以下称|下称|简称)[“\"‘]([\u4e00-\u9fff]{2,10})[”\"’][）)]")


# 研发投入强度（3.92%）仍低于东江高新区的4.35%, 总量仅次于鹤州经开区（45.8亿元）: the figure after the place compared
# with is that place's
COMPARED_PLACE_AT_END_RE = re.compile(rf"(?:{'|'.join(COMPARING_VERBS)}){PLACE_NAME}(?:的|[（(])\s*\Z")


def compared_place(lead: str) -> str:
    """The zone or city the words before a figure compare with, when the figure is its (低于东江高新区的…), or ''."""
    if not lead.rstrip().endswith(("的", "（", "(")):
        return ""
    compared = COMPARED_PLACE_AT_END_RE.search(lead)
    return compared.group(1) if compared is not None and _is_place_name(compared.group(1)) else ""


# 与海州相比，淮阳高新区…: the place compared with leads in; the one after it is the sentence's
COMPARED_WITH = r"(?:[与和同][^,，。；]{1,12}?相比|相较于?[^,，。；]{1,12}?|比起[^,，。；]{1,12}?)(?=[,，])"


def _time_before_subject(words_after_year: str) -> str:
    """2023年上半年，…: a year and the words naming a part of it (去年全市…, 上半年，苏州…: a year named by its
    distance from now, or a part of one, as well); the year an aim is for (力争到2027年全省…)."""
    return rf"(?:(?:(?:截至|(?:力争|预计|计划)?到)?(?:19|20)\d\d年{words_after_year}|(?:去年|今年|上年|{YEAR_PARTS})(?:以来)?)[,，]?)?"


def _lead_before_subject(time: str) -> str:
    """此外，松阳高新区…, 目前全县…: a connective may open the sentence a place opens (其中 introduces a part: not
    this way); 从整体看，全省高新区…, 从全市来看，海州高新区…: a view over the whole, too; and the place compared
    with (与海州相比，淮阳高新区…)."""
    return rf"(?:(?:此外|另外|同时|与此同时|目前|当前|从?(?:整体|总体|{WHOLE_PLACE})(?:上|来)?看|{COMPARED_WITH})[,，]?)?{time}"


TIME_BEFORE_SUBJECT = _time_before_subject("[^,，。]{0,6}")
# 2023年深圳国家高新区实现…: the most words after the year leave 高新区 alone, no name; the fewest leave the zone's
SHORTEST_TIME_BEFORE_SUBJECT = _time_before_subject("[^,，。]{0,6}?")
LEAD_BEFORE_SUBJECT = _lead_before_subject(TIME_BEFORE_SUBJECT)
SHORTEST_LEAD_BEFORE_SUBJECT = _lead_before_subject(SHORTEST_TIME_BEFORE_SUBJECT)
# 2023年末江州高新区, 2023年一季度江州高新区, 2023年前10个月江州高新区: the words of time a year may have after it, which
# the most words would split (末江州|高新区) and the fewest would take into the name (末江州高新区).
TIME_WORDS_AFTER_YEAR = (rf"(?:年?[末底初]|年?度|全年|{YEAR_PARTS}|\d{{1,2}}(?:[\-~—至]\d{{1,2}})?月份?(?:[末底初]|以来)?"
                         r"|以来)*")
LEAD_OF_TIME_WORDS_BEFORE_SUBJECT = _lead_before_subject(_time_before_subject(TIME_WORDS_AFTER_YEAR))
TIME_BEFORE_SUBJECT_RE = re.compile(rf"\s*{TIME_BEFORE_SUBJECT}")
LEAD_BEFORE_SUBJECT_RE = re.compile(rf"\s*{LEAD_BEFORE_SUBJECT}")
LEAD_OF_TIME_WORDS_BEFORE_SUBJECT_RE = re.compile(rf"\s*{LEAD_OF_TIME_WORDS_BEFORE_SUBJECT}")
TIME_OR_SPACE_OPENERS = frozenset("12截此另同与目当去今上下前第一二三四 \t\u3000\n")
# 上海、杭州等地: places listed as where something went on; “产业强区、项目兴区”: a slogan; 汀阳市统计局,
# 市人民政府: an office, not the place.
LISTED_OR_SLOGAN_AFTER = ("等", "”", "\"")
NOT_THE_PLACE_AFTER = (*LISTED_OR_SLOGAN_AFTER, "统计局", "人民政府", "政府", "委员会", "管委会", "发改委", "财政局", "科技局", "商务局", "税务局", "海关")
CUSTOMS_DISTRICT = "关区"  # 海州关区: the district of a customs office (海州海关), named after its city
WORDS_BEFORE_A_PLACE = ("省会", "首府", "落户", "位于", "入驻", "地处", "坐落于", "访", "作为")
WORDS_BEFORE_A_PLACE_FIRST_CHARS = frozenset(word[0] for word in WORDS_BEFORE_A_PLACE)
PLACE_LAST_CHAR_RE = re.compile("[区市省县镇乡村城园]")
PLACE_REACH = 40  # a time phrase (截至2023年底，), a name and the longest suffix
# A province or city written without its suffix is a subject only where a list or a place's own
# measure follows it (上海、苏州…, 苏州规模以上工业总产值…); 上海光源, 洛阳钼业, 宁波舟山港 name other things.
BARE_PLACE_FOLLOWERS = (
    "、", "和", "与", "地区生产总值", "生产总值", "GDP", "规模以上", "规上", "经济总量", "常住人口", "人均", "一般公共预算",
    "固定资产投资", "社会消费品", "进出口", "外贸", "城镇", "农村", "居民", "全市", "全省", "实现", "完成", "共有", "拥有",
    "新增", "累计", "本地生产总值", "本地", "20", "19",  # 香港2023年本地生产总值…
    "国家级", "省级",  # 江苏国家级孵化器数量…: the province's zones (firms, incubators) of a rank
)
# 该区实现…, 区内拥有…: the place named just before, spoken of again.
PLACE_ANAPHOR_FIRST_CHARS = frozenset("该园高区市县镇村 \t\u3000\n")  # most sentences open otherwise: spare the match
PLACE_ANAPHOR_RE = re.compile(
    r"\s*(?:该(?:高新区|开发区|经开区|新区|园区|[区市县镇乡村])|(?:园区|[区市县镇村])内|村里|(?:园区|高新区)(?![内外]))"
)
# 北京、上海、西安等地, 湖北、江苏、四川三省的: places listed together, not each one's figures.
LISTED_AS_WHERE_RE = re.compile(r"(?:[、和及与][\u4e00-\u9fff]{2,8}?)+(?:等|[两二三四五六七八九十]个?[省市区县国])")
# 丰禾县桃源镇, 苏州市吴中区: a place within the place just named.
INNER_PLACE_RE = re.compile(rf"[\u4e00-\u9fff]{{2,4}}?(?:市|县|区|镇|乡(?![村镇])|{VILLAGE}){NOT_A_PLACE_AFTER}")
# A zone or city opening a sentence is that sentence's subject: 苏州工业园区2022年实现…, and the scene
# set at its start (在石桥镇柳湾村，…); in a later clause 在临川高新区建设 is where, not who.
# 赵磊：2023年，郑州高新区…: a speaker's name opens an answer at a press conference.
SPEAKER_LABEL = r"(?:[\u4e00-\u9fff]{2,3}[:：])?"
SENTENCE_SUBJECT_RE = re.compile(rf"\s*{SPEAKER_LABEL}{LEAD_BEFORE_SUBJECT}在?{PLACE_NAME}")
SENTENCE_SUBJECT_AFTER_SHORTEST_TIME_RE = re.compile(rf"\s*{SPEAKER_LABEL}{SHORTEST_LEAD_BEFORE_SUBJECT}在?{PLACE_NAME}")
# 赣源高新区管委会主任陈晓东告诉记者，园区正在…已落地项目42个: a zone whose administration opens a sentence (its
# head speaking, its office reporting) is what the sentence's figures are of, though 管委会 alone is no place.
ZONE_ADMINISTRATION_RE = re.compile(rf"\s*{SPEAKER_LABEL}{LEAD_BEFORE_SUBJECT}{PLACE_NAME}(?:管委会|管理委员会)")
# …，张江高新区2.6万亿元: a zone or city opening a clause is the subject of that clause's figures; so is the
# part a clause opens with 其中 (…2864家，其中鹤林高新区1526家), though it opens no sentence's subject.
CLAUSE_SUBJECT_RE = re.compile(rf"\s*(?:其中[,，]?)?{LEAD_BEFORE_SUBJECT}{PLACE_NAME}")
# The two tables below are keyed by a pattern's source: a compiled pattern hashes its whole program on every lookup
# (microseconds), its source string once.
AFTER_SHORTEST_TIME = {
    SENTENCE_SUBJECT_RE.pattern: SENTENCE_SUBJECT_AFTER_SHORTEST_TIME_RE,
    CLAUSE_SUBJECT_RE.pattern: re.compile(rf"\s*(?:其中[,，]?)?{SHORTEST_LEAD_BEFORE_SUBJECT}{PLACE_NAME}"),
}
AFTER_TIME_WORDS = {
    SENTENCE_SUBJECT_RE.pattern: re.compile(rf"\s*{SPEAKER_LABEL}{LEAD_OF_TIME_WORDS_BEFORE_SUBJECT}在?{PLACE_NAME}"),
    CLAUSE_SUBJECT_RE.pattern: re.compile(rf"\s*(?:其中[,，]?)?{LEAD_OF_TIME_WORDS_BEFORE_SUBJECT}{PLACE_NAME}"),
}
# 泗县统计局: a county with a one-character name (too short to be told from a word in running text).
ONE_CHARACTER_COUNTY_RE = re.compile(r"([\u4e00-\u9fff]县)(?![城域级委])")
WHOLE_OF_PLACE_RE = re.compile(WHOLE_PLACE)
# 潍川日报, 潍川晚报社: a city's paper, whose 全市/我市 is that city; not a paper named by its reach or
# trade (人民日报, 经济日报, 中国高新技术产业导报) nor a province's (浙江日报).
CITY_PAPER_RE = re.compile(r"([\u4e00-\u9fff]{2,4}?)(?:日报|晚报)(?:社|报业集团)?")
PAPER_NAME_WORDS = frozenset(
    "人民 经济 科技 光明 工人 农民 法治 法制 解放 新华 大众 南方 长江 珠江 羊城 新民 扬子 齐鲁 钱江 文汇 证券 金融 "
    "青年 学习 健康 中华 国际 每日 参考 检察 农村 企业 财经 商务 环境 交通 教育 体育 文化 东方 北方 南国 西部 "
    "海峡 半岛 华西 华商 楚天 燕赵 三秦 北国 辽沈 新京 京华 现代 今日 都市 城市 天天 信息 社区 老年 劳动 市场 "
    "消费 工商 中原 江南 江淮 湖湘 岭南 巴蜀 黔中 滇中 中国 全国".split()
) | frozenset(PROVINCES)
MUNICIPALITIES = frozenset("北京 天津 上海 重庆".split())
# 国家统计局青州调查队关于2023年粮食产量数据的公告: the national bureau's survey team in a city or county (调查总队 in
# a province), its place named without its suffix.
SURVEY_TEAM_RE = re.compile(r"国家统计局(?P<place>[\u4e00-\u9fff]{2,4}?)调查(?P<province>总)?队")
BARE_CITY_NAMES = frozenset(CITIES) | MUNICIPALITIES
PROVINCE_ZONES_RE = re.compile(r"([\u4e00-\u9fff]{2,3}省)(?:国家级?|省级)?(?:高新技术产业开发区|高新区|经济技术开发区|经开区|开发区)")
# 全县农民专业合作社…, 我省高新技术企业…: the place of that level, not the article's town or zone.
# 从全市来看，三家高新区合计…: the whole city's figures too.
WHOLE_PLACE_OPENING_RE = re.compile(rf"\s*{LEAD_BEFORE_SUBJECT}从?[全我本]([{PLACE_LEVELS}])")
BARE_NAME_LEVELS = "市省"  # the levels of the places written without their suffix (苏州, 江苏)
SUBJECT_FALLBACK_CHARS = 2500  # with no name in the title, the opening paragraphs name the subject
SUBJECT_SCAN_CHARS = 6000  # an article names its subject early; scanning all of a long report costs time


def place_at(text: str, start: int, pattern: re.Pattern = CLAUSE_SUBJECT_RE) -> str:
    """The zone or city named first thing at ``start``: by its suffix (苏州工业园区, 省会江州市 -> 江州市) or,
    for a province or city written without one, by its name (苏州规模以上工业总产值…)."""
    # Every place name ends with one of a few characters: most clauses have none near their start.
    opening = pattern.match(text, start) if PLACE_LAST_CHAR_RE.search(text, start, start + PLACE_REACH) else None
    if opening is not None:
        name = _place_named_by(text, opening)
        if "年" in opening.group(0) and pattern.pattern in AFTER_SHORTEST_TIME and (not name or _year_took_words(opening)):
            # 2023年深圳国家高新区实现…: the year swallowed 深圳国家 (and 高新区 alone names nothing); 2023年前海深港现代
            # 服务业合作区实现…: it swallowed 前海深港现代 (and 服务业合作区 names a part of the name)
            timed = AFTER_TIME_WORDS[pattern.pattern].match(text, start)
            if timed is not None and (not name or _year_took_words(timed)) and (after := _place_named_by(text, timed)):
                return after  # 2023年末江州高新区, 2023年前10个月江州高新区: the place after the year's words of time
            shortest = AFTER_SHORTEST_TIME[pattern.pattern].match(text, start)
            longer = _place_named_by(text, shortest) if shortest is not None else ""
            if not name or (longer.endswith(name) and LONG_ZONE_NAME_RE.fullmatch(longer) is not None):
                name = longer
        if name:
            return name
    at = start
    if text[at:at + 1] in TIME_OR_SPACE_OPENERS:  # most clauses open otherwise: spare the match
        at = LEAD_BEFORE_SUBJECT_RE.match(text, start).end()
    if text[at:at + 1] in REGION_FIRST_CHARS and (region := REGION_RE.match(text, at)) is not None:
        return "" if _listed_as_where(text, region.end()) else region.group()
    name = bare_place_at(text, at)
    end = at + len(name)
    return name if name and text.startswith(BARE_PLACE_FOLLOWERS, end) and not _listed_as_where(text, end) else ""


def place_after_own_place_word(text: str, start: int, pattern: re.Pattern = CLAUSE_SUBJECT_RE) -> str:
    """我市江北高新区以综合得分…: the place named right after the word for the speaker's own place (at ``start``),
    or '' (我省已有国家高新区8家: words, no name)."""
    name = place_at(text, start, pattern)
    return name if name and name[0] not in FUNCTION_CHARS and _is_place_name(name) else ""


def _short_name_of_place(text: str, end: int) -> str:
    """The short name given in brackets right after a place's name (江州滨海现代服务业合作区（以下简称“滨海合作区”）:
    滨海合作区), which the article goes on to use, or ''; the full name before it may have lost its opening to
    a year before it (2023年江州滨海现代服务业合作区: 服务业合作区 alone is no name)."""
    alias = PLACE_ALIAS_RE.match(text, end)
    short_name = alias.group(1) if alias is not None else ""
    is_place = ZONE_AT_END_RE.search(short_name) or CITY_SUFFIX_AT_END_RE.search(short_name)
    return short_name if is_place and _is_place_name(short_name) else ""


def _year_took_words(opening: re.Match) -> bool:
    """Whether words stand between the year and the place an opening match names (2023年前海深港现代|服务业合作区), not
    only a comma (2023年，江州高新区; 2023年上半年，江州高新区)."""
    lead = opening.string[opening.start():opening.start(1)]
    return bool(lead[lead.rfind("年") + 1:].strip(" ,，"))


def zone_whose_administration_opens(text: str, start: int) -> str:
    """赣源高新区 in 赣源高新区管委会主任陈晓东告诉记者，…, or ''."""
    if text.find("管", start, start + PLACE_REACH) == -1:  # most sentences name no 管委会: spare the match
        return ""
    opening = ZONE_ADMINISTRATION_RE.match(text, start)
    name = opening.group(1) if opening is not None else ""
    return name if name and ZONE_AT_END_RE.search(name) and _is_place_name(name) else ""


def _place_named_by(text: str, opening: re.Match) -> str:
    """The place an opening match names (省会江州市 -> 江州市; 丰禾县桃源镇 -> 桃源镇), or '' for words that name
    none (年末全市, 高新区 alone) or places listed as where (北京、上海等地)."""
    name = _after_holiday(opening.group(1))  # 国庆假期临江市接待游客…
    if name[0] in WORDS_BEFORE_A_PLACE_FIRST_CHARS:
        for word in WORDS_BEFORE_A_PLACE:  # 省会江州市, 落户成都高新区, 经汀阳市: the place after the word
            name = name.removeprefix(word)
    if text[opening.end():opening.end() + 1] in "（(" and (short_name := _short_name_of_place(text, opening.end())):
        return short_name
    if _is_place_name(name) and not text.startswith(NOT_THE_PLACE_AFTER, opening.end()) \
            and not _listed_as_where(text, opening.end()):
        inner = INNER_PLACE_RE.match(text, opening.end())
        return inner.group(0) if inner is not None and _is_place_name(inner.group(0)) else name
    return ""


def _listed_as_where(text: str, end: int) -> bool:
    """北京、上海、西安等地: places listed as where something went on, not whose figures follow."""
    return text.startswith("、", end) and LISTED_AS_WHERE_RE.match(text, end) is not None


def _is_place_name(name: str) -> bool:
    """年末全市, 全区, 园区, 区园区: words around a place, not the name of one."""
    return name[0] not in PLACE_LEVELS and not name.startswith(NAME_BLOCKLIST_PREFIX + SLOGAN_RANKS) \
        and not has_generic_place_word(name) \
        and VERB_BEFORE_A_PLACE_RE.search(name) is None and COMPARING_VERB_RE.search(name) is None \
        and not _is_kind_of_place(name) and not name.endswith(GENERIC_PLACE_ENDINGS) \
        and BARE_SUFFIX_RE.fullmatch(name) is None \
        and FOUNDING_OF_A_PLACE_RE.search(name) is None  # 高新区 alone names no zone, 从建区 a time


def _is_kind_of_place(name: str) -> bool:
    """智慧城市, 核心片区, 长三角三省: a kind of place, a part of one or a count of them, not a place's name."""
    return _is_kind_of_city(name) or (name.endswith("片区") and GENERIC_AREA_RE.fullmatch(name) is not None) \
        or COUNTED_PLACES_RE.search(name) is not None


def _is_kind_of_city(name: str) -> bool:
    """智慧城市, 文明城市, 创新型城市 are kinds of city; 晋城市, 盐城市 (a two-character 城 name) are cities."""
    return name.endswith("城市") and len(name) != 3


def has_generic_place_word(name: str) -> bool:
    return GENERIC_PLACE_WORD_RE.search(name) is not None


def main_subject(title: str, text: str, publisher: str = "") -> str:
    """The zone, city or province an article is about: named in its title, else the publisher's place
    when the text speaks of 全市/我省 (绍兴市统计局: 全市 is 绍兴市), else the place named most often."""
    scanned = text[:SUBJECT_SCAN_CHARS]
    opening = text[:SUBJECT_FALLBACK_CHARS]
    speaks_of_its_place = WHOLE_OF_PLACE_RE.search(title) or WHOLE_OF_PLACE_RE.search(opening)  # 我市高新区…, 全市
    publishers_place = _publishers_place(publisher) if publisher and speaks_of_its_place else ""
    if publishers_place and not _speaks_of_level(publishers_place[-1], title, opening):
        publishers_place = ""  # 全区… in a district's entry of 澜川市地方志…'s yearbook: the district, not the city
    for pattern, suffixes in ((ZONE_RE, ZONE_SUFFIX_RE), (CITY_RE, CITY_SUFFIX_RE)):
        names = [_as_the_text_names_it(name, scanned) for name in _names(pattern, suffixes, title)]
        names = [name for name in names if ZONES_OF_COUNTED_PLACES_RE.search(name) is None]
        names = _without_places_named_before_their_parts(names, title)
        if names:  # the title's name the text repeats most (counting substrings is far cheaper than a scan)
            # 宛平高新区升级国家高新区十周年: a zone's name before the rank it was given
            names = [name for name in names if not name.startswith("国家")] or names
            name = max(names, key=lambda n: (scanned.count(n), len(n)))
            # 国家高新区综合评价 from 东川省科学技术厅, whose text speaks of 全省: the province's zones
            return publishers_place if publishers_place and name.startswith("国家") else name
    if publishers_place:  # (unless the title names the text's own place short: 滨江 of 滨江区, from 杭州高新区滨江发布)
        return _part_opening_a_title_part(title, opening) or publishers_place
    if "调查" in title and (surveyed := _surveyed_place(title, opening)):
        return surveyed  # 国家统计局青州调查队关于…的公告: 全市 is 青州市
    province = next((name for name in PROVINCES if name in title), "")
    if province:
        return province  # 2023年澳门经济运行情况: a province-level place written without its suffix
    city, end = _bare_city_opening_a_title_part(title)
    if city:  # 苏州科创板上市企业增至41家: a city opening the title, written without its suffix
        return _part_named_after_city(title, end, opening) or city
    # Zones and cities together, the most named first (the first named on a tie): a project's 产业园
    # named once is not what an article about its city is about.
    opening = _without_book_titles(opening)
    counts = Counter(_names(ZONE_RE, ZONE_SUFFIX_RE, opening) + _names(CITY_RE, CITY_SUFFIX_RE, opening))
    if len(counts) > 1:  # 走进位于星湾高新区核心区的星湾科创园: where the park lies is not what the article is about
        counts = Counter({name: count for name, count in counts.items() if not _only_where_something_lies(opening, name)}) \
            or counts
    counts = _without_the_national_kind_beside_one_zone(counts)
    counts = _without_cities_named_only_before_their_districts(counts, opening)
    if any(not name.endswith(TOWN_SUFFIXES) for name in counts):  # a county's towns are not what it is about
        counts = Counter({name: count for name, count in counts.items() if not name.endswith(TOWN_SUFFIXES)})
    counts = _without_parts_named_once(counts, title, opening)
    # 本报讯…全市地区生产总值… from 潍川日报: the paper's city, when the text names no place, or none but once (a
    # project's 产业园 in 我市共有86个项目入选…，中信重工智能制造产业园项目总投资35亿元)
    paper_city = _city_of_paper(publisher, scanned) if publisher and speaks_of_its_place \
        and (not counts or (max(counts.values()) == 1 and _speaks_of_level("市", title, opening))) else ""
    if counts and not paper_city:
        return min(counts, key=lambda name: (-counts[name], opening.find(name)))
    return paper_city


# 突破2万亿！2023年武汉经济数据出炉, 数说丨苏州…: a title's parts, each of which may open with its place
TITLE_PART_BREAKS_RE = re.compile(r"[！!？?，,：:丨|｜\s]+")


def _title_part_openings(title: str) -> list[int]:
    """Where the title and each part of it open after their lead and time words, in order."""
    starts = [0] + [part.end() for part in TITLE_PART_BREAKS_RE.finditer(title)] if title else []
    # (2023年武汉经济…: the time alone, which the most words after a year would run into)
    return [lead.match(title, start).end()
            for start in starts for lead in (LEAD_BEFORE_SUBJECT_RE, LEAD_OF_TIME_WORDS_BEFORE_SUBJECT_RE)]


def _bare_city_opening_a_title_part(title: str) -> tuple[str, int]:
    """The city or province written without its suffix that opens the title or a part of it, and where it ends,
    or ('', 0)."""
    for at in _title_part_openings(title):
        if city := bare_place_at(title, at):
            return city, at + len(city)
    return "", 0


def _part_opening_a_title_part(title: str, opening: str) -> str:
    """数说2023丨滨江这份年度答卷 over a text naming 滨江区: the district (county, zone) written without its suffix
    opening the title or a part of it, which the text names in full, or ''. (Not 苏州工业园区 for 苏州这一年, nor
    江州高新区 for 江州召开… over a text naming 江州市: a city, by its known name or as the text names it.)"""
    openings = _title_part_openings(title)
    if not openings:
        return ""
    names = _names(CITY_RE, CITY_SUFFIX_RE, opening) + _names(ZONE_RE, ZONE_SUFFIX_RE, opening)
    return next((name for at in openings for name in names
                 if _is_part_named_at(name, title, at) and not _names_a_city_at(title, at, name, opening)), "")


def _names_a_city_at(title: str, at: int, part: str, opening: str) -> bool:
    stem = part[:(ZONE_AT_END_RE.search(part) or CITY_SUFFIX_AT_END_RE.search(part)).start()]
    return bool(bare_place_at(title, at)) or any(stem + level in opening for level in BARE_NAME_LEVELS)


MIN_PART_NAME_CHARS = 2  # 南沙 of 南沙区
MIN_PART_MENTIONS = 2  # a part of a city the text names once is where something lies, not what it is about


def _part_named_after_city(title: str, end: int, opening: str) -> str:
    """广州南沙吸引台商投资 over a text naming 南沙区 again and again: the district (county, zone) written without its
    suffix right after the city, which the text names in full, is what the article is about; '' for none."""
    parts = Counter(name for name in _names(CITY_RE, CITY_SUFFIX_RE, opening) + _names(ZONE_RE, ZONE_SUFFIX_RE, opening)
                    if _is_part_named_at(name, title, end))
    part, mentions = parts.most_common(1)[0] if parts else ("", 0)
    return part if mentions >= MIN_PART_MENTIONS else ""


def _is_part_named_at(name: str, title: str, end: int) -> bool:
    """南沙区 for 广州南沙…, 前海合作区 for 深圳前海…: a district, county or zone whose name without its suffix stands at
    ``end`` of the title."""
    suffix = ZONE_AT_END_RE.search(name) or (CITY_SUFFIX_AT_END_RE.search(name) if name[-1] in "区县" else None)
    return suffix is not None and suffix.start() >= MIN_PART_NAME_CHARS and title.startswith(name[:suffix.start()], end)


# 省发展改革委印发《河南省2020年重点建设项目名单》，我市共有86个项目入选: a place inside a book title names a document
# (a plan, a list), not whose figures the text gives.
BOOK_TITLE_RE = re.compile(r"《[^《》\n]{0,60}》")


def _without_book_titles(text: str) -> str:
    """The text with what each book title holds blanked out (as many spaces: positions stay)."""
    if "《" not in text:
        return text  # most openings cite no document: spare the substitution
    return BOOK_TITLE_RE.sub(lambda title: "《" + " " * (len(title.group()) - 2) + "》", text)


# The levels of place below each whole place a text may speak of (全省, 全市).
LEVELS_BELOW = {"省": "市县区", "市": "县区"}


def _without_places_named_before_their_parts(names: list[str], title: str) -> list[str]:
    """南京市溧水区2022年国民经济和社会发展统计公报: a title naming a city (province) right before a district or county
    of it names whose district it is; the innermost place it names is what the report is about (全区 is 溧水区)."""
    if len(names) < 2:
        return names
    inner = [name for name in names if name[-1] in "".join(LEVELS_BELOW.values())]
    return [name for name in names
            if not any(part[-1] in LEVELS_BELOW.get(name[-1], "") and name + part in title for part in inner)]


def _without_parts_named_once(counts: Counter, title: str, opening: str) -> Counter:
    """全市新签约项目412个…南溪县到位资金同比下降3.2%: a county or district named once in a text that speaks of the
    whole city (and of no whole county or district) is a part of it, not what the text is about."""
    for level, below in LEVELS_BELOW.items():
        if _speaks_of_level(level, title, opening) and not any(_speaks_of_level(lower, title, opening) for lower in below):
            return Counter({name: count for name, count in counts.items()
                            if count > 1 or name[-1] not in below or ZONE_AT_END_RE.search(name) is not None})
    return counts


def _as_the_text_names_it(name: str, text: str) -> str:
    """十大数据看安平高新区这一年, 串起五市高新区: a title's lead words run into the name its pattern reads; when the text
    names neither it whole nor those words, the longest tail of it the text names on its own (安平高新区), at least
    two characters before its suffix (宁波前湾新区 stays whole where the text names 宁波, and 临江集成电路产业园 where
    成电路产业园 is only ever read inside 集成电路产业园)."""
    if name.endswith(CUSTOMS_DISTRICT) and (city := name[:-len(CUSTOMS_DISTRICT)] + "市") in text:
        return city  # 海州关区 in a customs release's title, 海州市 in its text: the city the customs district serves
    if name in text:
        return name
    if name.find("国家") > 0 and (plain := name.replace("国家", "", 1)) in text:
        return plain  # 抚河国家高新区 in the title, 抚河高新区 in the text: one zone, as the text names it
    suffix = ZONE_AT_END_RE.search(name) or CITY_SUFFIX_AT_END_RE.search(name)
    for start in range(1, suffix.start() - 1 if suffix is not None else 0):
        if name[start:] in text and name[:start] not in text and name[start - 1:] not in text:
            return name[start:]
    return name


def _without_the_national_kind_beside_one_zone(counts: Counter) -> Counter:
    """宁州高新区在全国178家国家高新区中综合排名…，高新区每年…: where one zone is named as often as the national zones
    taken together, the article is about it (a bare 高新区 refers back to it); where several are (a province's
    zones, a tour of three), the national kind stays."""
    national = [name for name in counts if _is_the_national_kind(name)]
    if not national:
        return counts
    most = max(counts[name] for name in national)
    as_often = [name for name in counts if counts[name] >= most and not _is_the_national_kind(name)]
    if len(as_often) != 1:
        return counts
    return Counter({name: count for name, count in counts.items() if not _is_the_national_kind(name)})


def _without_cities_named_only_before_their_districts(counts: Counter, text: str) -> Counter:
    """东江市港南区第五届人民代表大会…，去年全区…: a city (province) named only as the opening of a district's (county's)
    name says whose district it is; the district is what the article is about."""
    parts = [name for name in counts if name.endswith(DISTRICT_LEVELS)]
    if not parts:
        return counts
    return Counter({name: count for name, count in counts.items()
                    if not (name.endswith(UPPER_LEVELS) and _named_only_before_a_part(text, name, parts))})


def _named_only_before_a_part(text: str, name: str, parts: list[str]) -> bool:
    mentions = text.count(name)
    return mentions > 0 and mentions == sum(text.count(name + part) for part in parts)


def _is_the_national_kind(name: str) -> bool:
    """国家高新区, 国家级经开区: the zones of a rank taken together, no one zone's name."""
    return name.startswith("国家") and BARE_SUFFIX_RE.fullmatch(name.removeprefix("国家").removeprefix("级")) is not None


def _only_where_something_lies(text: str, name: str) -> bool:
    """Every mention of ``name`` follows 位于 (地处, 坐落于): it is where the thing the text is about lies."""
    return text.count(name) == sum(text.count(verb + name) for verb in LOCATING_VERBS)


def place_of_level(level: str, main: str, title: str, text: str, publisher: str = "") -> str:
    """The place of a level (县 for 全县, 市 for 我市) when the main subject is of another (a town, a zone):
    the one the title names (丰禾县桃源镇), the publisher's, or one whose name the main subject's opens with
    (长春市 for 长春净月高新区); '' if none is sure."""
    if main.endswith(level):
        return main
    of_level = [name for name in _names(CITY_RE, CITY_SUFFIX_RE, title) if name.endswith(level)]
    if of_level:
        return of_level[0]
    publishers = (_publishers_place(publisher) or _city_of_paper(publisher, text[:SUBJECT_SCAN_CHARS])) if publisher else ""
    if publishers.endswith(level):
        return publishers
    if level == "省" and (province := _province_of_paper(publisher)):
        return province  # 江西日报: 全省 in its text is 江西省
    if level == "省" and len(provinces := {name for name in _names(CITY_RE, CITY_SUFFIX_RE, text[:SUBJECT_SCAN_CHARS])
                                          if name.endswith("省")}) == 1:
        return provinces.pop()  # 湖南省科技厅发布…，全省高新区…: the one province the text names
    if len(main) < 2:
        return ""
    at = text.find(main[:2], 0, SUBJECT_SCAN_CHARS)  # only a name the main subject's opens with will do
    while at != -1:
        name = CITY_RE.match(text, at)
        if name is not None and name.group().endswith(level) and _is_place_name(name.group()):
            return name.group()
        at = text.find(main[:2], at + 2, SUBJECT_SCAN_CHARS)
    return ""


def place_of_level_opening_a_clause(text: str, start: int, end: int, level: str) -> str:
    """The last place of a level (区, 市) opening a clause between ``start`` and ``end``: 郑州高新区 in
    2023年，郑州高新区实现…。全区…; 无锡市 in 无锡市政府工作报告显示，去年全市…; 徐州 in 徐州方面，…全市…; or ''."""
    window = text[start:end]
    names = [name for name in _names(CITY_RE, CITY_SUFFIX_RE, window) + _names(ZONE_RE, ZONE_SUFFIX_RE, window)
             if name.endswith(level) and _is_place_name(name)]
    if level in BARE_NAME_LEVELS:  # 苏州2023年实现…。全市…: a city written without its 市
        names += [name for at in range(len(window)) if (name := bare_place_at(window, at))
                  and (name in PROVINCES) == (level == "省")]
    last, last_at = "", (-1, 0)
    for name in set(names):
        at = window.rfind(name)
        while at > 0 and not _names_a_clause_place(window, at, name):
            at = window.rfind(name, 0, at)
        if at != -1 and _names_a_clause_place(window, at, name) and (at, len(name)) > last_at:
            last, last_at = name, (at, len(name))
    return last


def _names_a_clause_place(text: str, at: int, name: str) -> bool:
    """The name at ``at`` opens its clause (nothing but a time phrase before it, or 在: 在淮阳高新区，…全区…), and no slogan (“产业强区、
    项目兴区”) or list of places (苏州、无锡等) is it; its government may follow (无锡市政府工作报告显示，…)."""
    clause_start = max(text.rfind(opener, 0, at) for opener in CLAUSE_OPENERS) + 1
    lead_end = LEAD_BEFORE_SUBJECT_RE.match(text, clause_start).end()
    return (lead_end == at or (lead_end == at - 1 and text[lead_end] == "在")) \
        and not text.startswith(LISTED_OR_SLOGAN_AFTER, at + len(name)) and not _listed_item(text, clause_start, at + len(name))


def _listed_item(text: str, clause_start: int, name_end: int) -> bool:
    """长葛经开区、禹州市先进制造业开发区分别位列第11位和第19位。全市4个开发区…: a place listed with others (after a 、, or
    before one) is one of several, not the place a 全市 after them stands for."""
    return text[clause_start - 1:clause_start] == "、" or text.startswith("、", name_end)


def _speaks_of_level(level: str, title: str, opening: str) -> bool:
    """Whether the title or opening speaks of the whole place of this level (全市, 我市, 本市 for 市)."""
    return any(mark + level in title or mark + level in opening for mark in WHOLE_PLACE_MARKS)


def _publishers_place(publisher: str) -> str:
    """绍兴市统计局 -> 绍兴市, 泗县统计局 -> 泗县, 青岚高新技术产业开发区管理委员会 -> 青岚高新区 (as texts name it), or ''."""
    for pattern, suffixes in ((ZONE_RE, ZONE_SUFFIX_RE), (CITY_RE, CITY_SUFFIX_RE)):
        names = _names(pattern, suffixes, publisher)
        if names:
            return _zone_named_short(names[0])
    if "调查" in publisher and (surveyed := _surveyed_place(publisher)):
        return surveyed  # 国家统计局青州调查队: 青州市
    county = ONE_CHARACTER_COUNTY_RE.match(publisher)
    return county.group(1) if county is not None and county.group(1)[0] not in WHOLE_PLACE_MARKS else ""


# A zone's body names it in full; its texts and figures name it short.
FULL_ZONE_SUFFIXES = (("国家高新技术产业开发区", "高新区"), ("高新技术产业开发区", "高新区"), ("经济技术开发区", "经开区"))


def _surveyed_place(issuer: str, opening: str = "") -> str:
    """国家统计局青州调查队 -> 青州市 (青州县 when the text speaks of 全县), 国家统计局江东调查总队 -> 江东省; or ''."""
    team = SURVEY_TEAM_RE.search(issuer)
    if team is None:
        return ""
    place = team["place"]
    if place.endswith(tuple(PLACE_LEVELS)) or place in MUNICIPALITIES:
        return place
    if team["province"]:
        return place + "省" if place not in PROVINCES or place in PROVINCES_PROPER else place
    return place + ("县" if _speaks_of_level("县", issuer, opening) and not _speaks_of_level("市", issuer, opening) else "市")


def _zone_named_short(name: str) -> str:
    for full, short in FULL_ZONE_SUFFIXES:
        if name.endswith(full) and len(name) > len(full) + 1:
            return name[:-len(full)] + short
    return name


def _city_of_paper(publisher: str, text: str) -> str:
    """潍川日报 -> 潍川市; 人民日报, 浙江日报, 中国XX报 -> '', and so is 湘岭日报 in a text about 湘岭省."""
    paper = CITY_PAPER_RE.fullmatch(publisher)
    if paper is None:
        return ""
    name = paper.group(1)
    if name + "省" in text:
        return ""
    if name in MUNICIPALITIES or (name not in PAPER_NAME_WORDS and (len(name) == 2 or name in BARE_CITY_NAMES)):
        return name if name.endswith("市") else name + "市"
    return ""


# (北京, 宁夏, 香港: a municipality, an autonomous region or a special region, whose full name is no 省)
PROVINCES_PROPER = frozenset(PROVINCES) - MUNICIPALITIES - frozenset("内蒙古 广西 西藏 宁夏 新疆 香港 澳门".split())


def _province_of_paper(publisher: str) -> str:
    """江西日报 -> 江西省: a province's paper, whose 全省/我省 is that province; else ''."""
    paper = CITY_PAPER_RE.fullmatch(publisher) if publisher else None
    return paper.group(1) + "省" if paper is not None and paper.group(1) in PROVINCES_PROPER else ""


def without_leading_words(name: str) -> str:
    """在长春净月高新区 -> 长春净月高新区; but 国家高新区 stays whole: a bare 高新区 names nothing."""
    leading = LEADING_WORDS_RE.match(name)
    if leading is None:
        return name
    name = name[leading.end():]
    return "国家" + name if leading.group(0).endswith("国家") and BARE_SUFFIX_RE.fullmatch(name) else name


def _after_verb(name: str) -> str:
    """投资金溪高新区 -> 金溪高新区, 成功举办南湖高新区 -> 南湖高新区: the place a verb takes, without the verb."""
    verbs = list(VERB_BEFORE_A_PLACE_RE.finditer(name))
    return name[verbs[-1].end():] if verbs else name


def _province_for_its_zones(name: str) -> str:
    """南川省高新技术产业开发区 (a report's title) -> 南川省: a province's zones taken together."""
    zones = PROVINCE_ZONES_RE.fullmatch(name)
    return zones.group(1) if zones is not None else name


def _names(pattern: re.Pattern, suffixes: re.Pattern, text: str) -> list[str]:
    names = []
    last_end = 0
    for suffix in suffixes.finditer(text):
        if suffix.start() < last_end or text[suffix.start() - 1:suffix.start()] in WHOLE_PLACE_PREFIXES:
            continue  # 全市, 本区, 该县: the place the article is about, not named here
        match = pattern.search(text, max(last_end, suffix.start() - 8), suffix.end())
        if match is None:
            continue
        last_end = match.end()
        if pattern is CITY_RE and ZONE_AT_END_RE.search(match.group(0)):
            continue  # 其中国家高新区: a zone, read whole by the zone pattern (the shorter city one cut it: 中国家高新区)
        written = match.group(0)
        # 核心区的星湾科创园: no place name holds a 的, nor a title's column bar (数说2023丨盘点高新区: 丨 is a CJK character)
        written = written[max(written.rfind("的"), written.rfind("丨")) + 1:]
        name = _province_for_its_zones(_after_holiday(without_leading_words(_after_verb(written))))
        if len(name) >= 3 and name[0] not in PLACE_LEVELS and not name.endswith(GENERIC_PLACE_ENDINGS) \
                and not name.startswith(SLOGAN_RANKS) \
                and not has_generic_place_word(name) and not BARE_SUFFIX_RE.fullmatch(name) \
                and not _is_kind_of_place(name):  # 高新区 alone names no zone; 我市高新区 is the article's place's
            names.append(name)
    return names


def zone_short_names(text: str) -> dict[str, str]:
    """海州高新区、淮阳高新区、临泽高新区…: {海州: 海州高新区, …}, the zones a list names in full, by the two characters
    they go by alone later (海州每平方公里营业收入…，淮阳为…). Only listed zones: 建设高新区 alone is a verb and its
    object; a short name two zones share, or a city's (苏州 of 苏州高新区), is left out."""
    if LISTED_ZONE_RE.search(text) is None:
        return {}  # most texts list no zones: spare the look at every 高新区
    named = [zone for suffix in SHORTENED_ZONE_SUFFIX_RE.finditer(text) if (zone := _short_named_zone(text, suffix))]
    zones: dict[str, str] = {}
    for i, (start, end, short) in enumerate(named):
        listed = (i + 1 < len(named) and named[i + 1][0] == end + 1 and text[end] in ZONE_LIST_JOINERS) \
            or (i > 0 and named[i - 1][1] == start - 1 and text[start - 1] in ZONE_LIST_JOINERS)
        if listed:
            name = text[start:end]
            zones[short] = name if zones.get(short, name) == name else ""
    return {short: name for short, name in zones.items() if name}


def _short_named_zone(text: str, suffix: re.Match) -> tuple[int, int, str] | None:
    """(start, end, short name) of the zone whose suffix is ``suffix`` (淮阳[国家]高新区: 淮阳), when two characters
    opening a clause or a list item name it; else None."""
    name_end = suffix.start()
    for long_form in ("高新技术产业", "经济技术"):
        if suffix.group() == "开发区" and text.endswith(long_form, 0, name_end):
            name_end -= len(long_form)
    if text.endswith("国家", 0, name_end):
        name_end -= 2
    start = name_end - 2
    short = text[start:name_end]
    if start < 0 or not CJK_PAIR_RE.fullmatch(short) or (start and CJK_CHAR_RE.match(text[start - 1])
                                                          and text[start - 1] not in ZONE_LIST_JOINERS + "在"):
        return None
    if short in BARE_PLACE_NAMES or not _is_place_name(short):
        return None
    return start, suffix.end(), short


def _after_holiday(written: str) -> str:
    """国庆假期临江市 -> 临江市, and 秋假期月城市 (the most the name pattern takes of 国庆中秋假期月城市) -> 月城市:
    the holiday is when, not where (五一村 keeps its name: nothing is left after 五一). Cut after the leading
    words are: 月 (of 3月) would cut the 月 of 月城市."""
    if HOLIDAY_FIRST_CHARS.isdisjoint(written):
        return written  # most names hold no holiday: spare the search
    holiday = None
    for holiday in HOLIDAY_RE.finditer(written):
        pass
    if holiday is None or len(written) - holiday.end() < 3:
        return written
    return written[holiday.end():]
