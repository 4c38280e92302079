"""Companies an article names: by the words that introduce them (其中通视光电), their own suffix (中车株机公司),
their brand endings (康弘药业), their legal names (阳光电源股份有限公司) and the short names they go on by (以下简称
“星芯微电子”, 锐科激光), 公司/该企业 pointing back to the company last named, the companies whose officers are quoted,
and the company a title opens with; institutes (嘉禾中科智能装备研究院, 该院) as well. ``TextContext`` asks these for
the subject of each figure; places are found in ``subjects``.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from viewer.core.places import BARE_PLACE_NAMES, PLACE_SUFFIXES, bare_place_at
from viewer.core.subjects import (
    BARE_SUFFIX_RE,
    CJK_PAIR_RE,
    FUNCTION_CHARS,
    LEAD_BEFORE_SUBJECT_RE,
    NAME_BLOCKLIST_PREFIX,
    TIME_BEFORE_SUBJECT,
    WHOLE_PLACE_PREFIXES,
    has_generic_place_word,
    place_at,
    without_leading_words,
)
from viewer.core.vocabulary import CLAUSE_OPENERS, NEWS_TIME_WORDS, PLACE_LEVELS, YEAR_PARTS

# When and what a company did, right after its name: 芯昇半导体[去年研发]投入…, 歌尔股份[今年一季度实现]….
# (华宸公司前两个月实现…, 华宸…有限公司今年前三季度实现…: any part of a year)
COMPANY_TIME = rf"(?:(?:19|20)\d\d年|{YEAR_PARTS}|" + "|".join(NEWS_TIME_WORDS) + ")*"
# (or after the topic it opens: 企业方面，海康威视实现营业收入…)
COMPANY_TOPIC = "方面"
# (企业华宸新能源科技有限公司: a legal name keeps its 公司, 有限 alone names nothing; 龙头企业鹤光科技 is named after
# its 企业, not 企业鹤光科技 after 龙头; …有限公司的呋喹替尼去年获批上市: the company's product, no company)
COMPANY_RE = re.compile(
    rf"(?:企业(?:{COMPANY_TOPIC}[,，])?|公司|其中[,，]?|龙头(?!企业))(?!的)([\u4e00-\u9fffA-Za-z]{{2,10}}?(?:有限公司|有限责任公司)?)(?:公司|集团)?{COMPANY_TIME}"
    r"(?=已|建成|完成(?!的)|实现(?!的)|成为|累计|获得|获(?!悉)|入选|估值|营收|营业收入|年产值|产值|研发|净利润|市值|宣布)"
)  # (其中通过公共网络实现的商品零售额: how it was done, 实现的, no company doing it)
SENTENCE_OR_TIME_ENDS = frozenset("。！？\n,，年度")  # what stands before 企业 opening a sentence or a time phrase
SENTENCE_REACH = 300
TIME_OPENING_A_SENTENCE_RE = re.compile(rf"\s*{COMPANY_TIME}[,，]?")  # 今年一季度，企业新签订单…
COMPANY_TIME_OPENING_RE = re.compile(rf"(?:{YEAR_PARTS}|" + "|".join(NEWS_TIME_WORDS) + ")")
# A company named by its own suffix: 中车株机公司累计出口机车…
NAMED_COMPANY_RE = re.compile(
    r"(?:(?<![\u4e00-\u9fff）)])|(?<=企业))([\u4e00-\u9fffA-Za-z]{2,14}?(?:股份有限公司|有限公司|公司|集团))"
    rf"(?={COMPANY_TIME}(?:已|累计|实现|完成|获得|获(?!悉)|成为|估值|营收|营业收入|产值|年产值|出口|生产|拥有|建成|研发|投资|追加|增资|宣布))"
)
# 康弘药业研发投入…: a company opening a clause by its brand name alone, known by the ending of the
# name and a company's measure after it (an industry, 生物医药营业收入, has neither).
BRAND_ENDINGS = (
    "药业|股份|控股|科技|电子|电气|光电|重工|微电子|半导体|新能源|新材料|材料|生物|医药|智能|精机|制药|机器人|汽车|锂能|锂业")
# …营业收入, and an investment it makes (恒瑞康生物投资15亿元建设…, 三丰精机追加投资1.2亿美元); an output it
# achieves (华芯半导体完成产值…: 半导体产业完成产值 is an industry's, whose 产业 stands between); the year its
# figures are of (嘉驰汽车2022年整车产量…); what its plant makes (嘉芯微电子晶圆生产线月产能…); its listing
# (新晟材料成功在深交所创业板上市，募集资金…).
COMPANY_ACCOUNTS = "(?:实现|完成)?(?:营业收入|营收|净利润|研发投入|研发费用|市值|出货量|营业额)"
BRAND_MEASURE = (
    rf"(?:(?:19|20)\d\d年|{COMPANY_TIME}(?:{COMPANY_ACCOUNTS}"
    r"|(?:实现|完成)(?:工业)?总?产值|(?:追加|拟|计划)?投资(?![额者强规基总])|增资"
    r"|(?!产业|行业|企业|园|城|港|基地|集群|板块)[\u4e00-\u9fff]{0,8}?(?:产量|产能)"  # (not 嘉驰汽车产业园…)
    r"|(?:成功)?(?:在[\u4e00-\u9fff]{2,10}?)?(?:上市|挂牌)(?![\u4e00-\u9fff])))"
)
BRAND_ENDING_RE = re.compile(rf"(?:{BRAND_ENDINGS})(?={BRAND_MEASURE})")
# (or after the word introducing it: 龙头企业桐江汽车全年整车产量…)
BRAND_COMPANY_RE = re.compile(
    rf"(?:(?<![^，。；：,;\n])|(?<=企业))([\u4e00-\u9fff]{{2,4}}?(?:{BRAND_ENDINGS}))(?={BRAND_MEASURE})"
)
# 汽车电子, 光伏新能源, 集成电路半导体, 高端新材料 实现产值…: an industry named by its field, not a company's brand
# (智能网联汽车, 商用汽车 as well; and one named by a field that is itself an ending: 新能源汽车, 半导体材料)
INDUSTRY_FIELDS = (
    "汽车", "消费", "光伏", "集成电路", "新一代", "高端", "医疗", "智能", "电力", "工业", "信息", "新型", "先进", "绿色",
    "海洋", "航空", "航天", "通信", "功率", "第三代", "化合物", "精细", "现代", "数字", "网络", "储能", "风电", "氢能",
    "光学", "家用", "电子", "化工", "能源", "医药", "农业", "健康", "未来", "战略性", "生物", "人工", "装备", "制造",
    "网联", "商用", "乘用", "锂电")
# 其中，农业产值…, 林业增加值…: a sector of the economy opening a clause, no company (its name is no brand's: 康弘药业)
SECTOR_RE = re.compile(
    r"(?:(?:农|林|牧|渔|畜牧|农林牧渔|种植|养殖|建筑|批发|零售|住宿|餐饮|金融|房地产|交通运输|运输|仓储|邮政|物流|旅游|文旅|软件|电信|采矿|商)"
    r"[和及、]?)+业")
# 其中，公路建设完成投资…, 重点工程完成投资…: a kind of works, a part of the total, no company (中铁建设集团 keeps its 集团)
KINDS_OF_WORKS_ENDINGS = ("建设", "工程")
# 上海电气实现营业收入…: a brand named after its city is a company by its accounts (重庆汽车产量: the city's industry)
COMPANY_ACCOUNTS_RE = re.compile(rf"{COMPANY_TIME}{COMPANY_ACCOUNTS}")
BRAND_ENDING_ALONE_RE = re.compile(f"(?:{BRAND_ENDINGS})")
BRAND_ENDING_AT_END_RE = re.compile(f"(?:{BRAND_ENDINGS})$")
BRAND_NAME_CHARS = 7  # 临江华芯微电子: four characters and the longest ending
# (or introduced: 云岭高新区企业——昆华光电科技股份有限公司发布…, 上市企业：…, 区内企业昆华光电科技股份有限公司…)
# (or set off by a space, as a yearbook's entry heading sets it: 重点企业 澜川华晟电子有限公司 成立于…; or after a comma or
# 的: 成立仅4年的上海宸安生物科技有限公司)
LEGAL_NAME_RE = re.compile(
    r"(?:(?<![^。！？!?\n：:— ，,；;”的])|(?<=企业))([\u4e00-\u9fffA-Za-z()（）]{2,22}?(?:股份有限公司|有限责任公司|有限公司))"
)
# 上海星衡企业管理有限公司: after 企业, a trade such names hold, not the start of a name
SCENE_WORDS = ("在", "走进", "来到", "走访", "探访")  # what may stand before a legal name opening a sentence
ENTERPRISE_TRADES = ("管理", "咨询", "服务", "发展", "孵化", "投资", "策划", "营销")
LEGAL_NAME_CHARS = 26
VERBS_BEFORE_A_COMPANY = ("了", "引进", "签约", "携手", "牵手", "收购", "联合", "入驻", "落户", "支持", "帮助", "推动")
GROUP_IN_BRACKETS = "（集团）"  # 长春高新技术产业（集团）股份有限公司: a group's legal name, whatever words it holds
# …科技有限公司（以下简称“星芯微电子”）: the short name the article goes on to use.
COMPANY_ALIAS_RE = re.compile(
    r"(?:公司|集团)[（(](?:[^（()）]{0,20}[，,])?(?:以下简称|下称|简称)?[“\"‘]?([\u4e00-\u9fffA-Za-z]{2,8}?)[”\"’]?"
    r"(?:或[“\"‘]?(?:公司|本公司)[”\"’]?)?[）)]"
)
COMPANY_SUFFIX_RE = re.compile("公司|集团")
BARE_COMPANY_SUFFIXES = ("公司", "集团")
# 武汉锐科光纤激光技术股份有限公司 … 锐科激光出货量…: a legal name's core, without its place (武汉, 深圳市, （厦门）) and
# its legal form, of which the article goes on to use the opening (阳光电源, 博云新材 for 博云新材料) or the opening and
# a later word of it (锐科激光, 华芯科技 for 华芯光电科技) or its last character (中车株洲所).
LEGAL_FORM_RE = re.compile(r"(?:[（(]集团[）)]|集团)?(?:股份有限公司|有限责任公司|有限公司)$")
# 江州高新集团成功发行…: a title opening with a name by its suffix
TITLE_COMPANY_RE = re.compile(r"([\u4e00-\u9fffA-Za-z]{2,14}?(?:股份有限公司|有限公司|公司|集团))")
# 比亚迪江城基地二期投产: a company before one of its sites, which a place hosts
SITE_OF_COMPANY_RE = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:基地|工厂|厂区|园区|产业园)")
PLACE_IN_BRACKETS_RE = re.compile(r"[（(][\u4e00-\u9fff]{2,3}[）)]")
LEGAL_NAME_PLACE_RE = re.compile(rf"(?:{'|'.join(sorted(BARE_PLACE_NAMES, key=len, reverse=True))})[省市]?|[\u4e00-\u9fff]{{2,3}}?[省市县]")
LEGAL_FORM_OPENINGS = ("股份", "有限", "公司", "集团", "（集团", "(集团")
KINDS_OF_FIRMS = ("企业", "产业", "行业", "领域")
KINDS_OF_BODY = frozenset("所院厂")  # 研究所, 设计院, 制药厂: the last character of a core that a short name keeps
PLACE_ENDING_RE = re.compile(rf"(?:{PLACE_SUFFIXES}|[省市县区镇乡])$")
SHORT_NAME_OPENING_CHARS = 2  # the least of a core's opening a short name keeps (锐科 of 锐科光纤激光技术)
SHORT_NAME_CHARS = 3  # the least a short name has (华芯 alone is no name: 华芯科技 is)
AGENT_WORDS = ("由", "被", "向")
# 去年，公司实现… / 目前公司员工…: the company last named, at the opening of a clause (read backwards
# from 公司, which is searched for as literal text).
ANAPHOR_OPENERS = r"(?:目前|去年|今年|近日|日前|同时|此外|其中)[,，]?"  # what may stand before 公司 in its clause
# (\Z, not $: before a 公司 opening a paragraph, $ would match ahead of the newline and take it into the mention)
COMPANY_DEMONSTRATIVES = ("该", "这家")
ANAPHORIC_OPENING_RE = re.compile(rf"(?:{ANAPHOR_OPENERS})?(?:{'|'.join(COMPANY_DEMONSTRATIVES)})?\Z")
ANAPHORA_WINDOW_CHARS = 4
COMPANY_ANAPHORS = (("公司", False), ("企业", True))  # each word, and whether it points back only after 该/这家
# 公司实现营业收入…, 2023年，该公司…, 去年，这家企业…, 江苏恒瑞储能科技股份有限公司（恒瑞储能）拟投资…: the company
# opening the words before a figure, by 公司 or by the legal name its short name stands for (a 公司
# later in them is another: 归属于上市公司股东的净利润).
COMPANY_ANAPHOR_IN_LEAD_RE = re.compile(
    rf"\s*“?(?:(?:19|20)\d\d年[^,，]{{0,6}}[,，]?|{ANAPHOR_OPENERS})?"  # (“公司生长激素产品…”: in the quote of its officer)
    r"((?:该|这家)公司|公司(?![数总])|(?:该|这家)企业|企业(?![数总])|[\u4e00-\u9fffA-Za-z()（）]{2,18}?(?:股份有限公司|有限责任公司|有限公司))"
)
# 嘉禾中科智能装备研究院是人才集聚的缩影。该院成立5年来，引进…: an institute named in full opening a clause, and
# 该院 (该所, 该实验室) opening one after it, is what the figures belong to; 国家重点实验室, 省级工程研究院 are kinds.
INSTITUTE_SUFFIXES = ("研究院", "研究所", "实验室")
# (what it has done or is follows the name: 湖北实验室等10家, 中国宏观经济研究院研究员王立平 are no subject)
INSTITUTE_DEEDS = (
    "是|已|累计|成立|建成|现有|拥有|共有|先后|引进|孵化|获得|获(?!悉)|承担|实现|完成|研发|突破|聚集|集聚|汇聚|培养|申请|"
    "转化|自成立|成立以来|目前|近年来"
)
INSTITUTE_RE = re.compile(
    rf"(?<![^，。；：,;\n])([\u4e00-\u9fffA-Za-z]{{2,14}}?(?:研究院|研究所|实验室))(?={COMPANY_TIME}(?:{INSTITUTE_DEEDS}))"
)
INSTITUTE_NAME_CHARS = 17
INSTITUTE_KIND_PREFIXES = (  # (and the words no name opens with: NAME_BLOCKLIST_PREFIX)
    "国际", "省", "市", "区", "县", "重点", "新型", "企业", "高校", "科研", "联合", "共建", "建设", "新建", "组建", "新增", "已",
    "有", "获批", "认定")
INSTITUTE_KIND_WORDS = ("重点", "工程", "省级", "市级", "国家级", "各类", "新型研发")
INSTITUTE_ANAPHOR_RE = re.compile(r"该(?:院|所|实验室)")
# “今年上半年，我们的订单同比增长了35%。”公司总经理李振华告诉记者: a quote its speaker, an officer of a company named
# right after it (or by 公司, the company named before it in the paragraph) or before it (国星宇航创始人陆川说：“…”),
# gives of that company.
SPEAKER_TITLE_RE = re.compile("董事长|总经理|总裁|负责人|董事会秘书|董秘|创始人|首席执行官|CEO|厂长|总监")
SPEAKER_CHARS = 30  # how far after a quote its speaker's title stands at most: 在…有限公司，公司副总裁刘刚
SPEAKER_COMPANY_ANAPHOR_RE = re.compile(r"[,，]?(?:该|这家)?公司")
COMPANY_NAME_CHARS = 20  # the longest name NAMED_COMPANY_RE takes: 14 characters and 股份有限公司
COMPANY_VERB_CHARS = 16  # what may follow it: 今年一季度, then a verb such as 营业收入
# Words that make a 'company' match a plain noun phrase: 企业[数量]实现爆发式增长.
GENERIC_NAME_WORDS = (
    "数量", "总数", "规模", "主体", "发展", "创新", "研发", "产值", "收入", "增长", "数", "总", "个", "家",
    "实现", "完成", "建成", "成为", "累计", "获得", "营业", "营收", "估值", "企业", "力争", "争取", "计划", "预计", "每",
    "产业", "行业", "工业", "制造业", "服务业", "自主",  # 其中高技术制造业产值…: an industry, not a company
    "税",  # 企业所得税完成…: a tax
    "平均", "人均", "户均",  # 入驻企业平均研发投入…: how much each firm has, not a firm
    "合计", "上年",  # 科创板企业上年合计实现…: how much and when, not who
    "中心", "项目", "平台", "实验室", "基地",  # 国家企业技术中心累计…: what firms have, not a firm
    "上市", "挂牌",  # 企业上市实现突破: what firms did, not a firm
    "开办", "注册", "登记", "注销", "纳税", "办事", "准入",  # 企业开办实现“一日办结”: a procedure firms go through
)
# 上市公司, 子公司, 科技型公司, 科创板公司 (by the board it is listed on): kinds of company, not the name of one.
COMPANY_KIND_RE = re.compile(
    r"(?:上市|挂牌|控股|参股|国有|国资|民营|外资|合资|独资|科技型?|投资|平台|龙头|骨干|头部|领军|中小|规上|"
    r"子|分|母|该|本|这家|一家|多家|各家|新三板|科创板|创业板|主板|北交所|[ABH]股|港股|美股)(?:公司|集团)"
)
# 重点企业 澜川华晟电子有限公司 成立于2003年…。2021年实现产值48.6亿元…: a sentence with no subject of its own, opening with
# a time phrase and what was achieved or had, goes on with the company the sentence before it opened.
# (其中，储能系统发货量…: a part of what the company's sentence before it gave)
COMPANY_CONTINUED_RE = re.compile(rf"\s*(?:{TIME_BEFORE_SUBJECT}(?:实现|完成|拥有|有(?![关的所效力序]))|其中[,，])")


def company_mentions(text: str) -> list[tuple[int, int, str]]:
    """Every mention of a company (or an institute: 嘉禾中科智能装备研究院, then 该院): where it is introduced,
    where its name (or short name) recurs, and 公司/该公司 opening a clause after it; as (start, end, name), by end."""
    found = [
        (m.start(1), m.end(), name) for m in _company_matches(text)  # from the name: 其中 is no part of it
        if (name := _after_introduction(m.group(1))) and COMPANY_SUFFIX_RE.fullmatch(name) is None  # (去年公司: an anaphor)
        and not any(word in name for word in GENERIC_NAME_WORDS)
        and not _is_kind_of_company(name) and not _is_industry(name) and SECTOR_RE.fullmatch(name) is None
        and not name.endswith(KINDS_OF_WORKS_ENDINGS) and not _is_place_after_topic(m, name)
        and not _is_place_industry(text, name, at := text.find(name, m.start(1))) and not _opens_with_time(text, at)
        # 公司[近日]宣布, 公司[前三]季度实现: when, not who (去年星衡科技实现…: 星衡科技, after the time)
    ]
    found += _legal_names(text)  # whole as written: 本源量子计算科技(合肥)股份有限公司 keeps its 本
    institutes = _institutes(text)
    found += institutes
    if not found:
        return []
    mentions = set(found)
    starts, furthest_ends = _furthest_ends(found)
    for name in {name for _, _, name in found}:  # 星芯微电子去年实现营业收入…: the name again, later
        at = text.find(name)
        while at != -1:
            i = bisect_left(starts, at) - 1  # (not the 华芯半导体 in 临江华芯半导体, a name of its own)
            if i < 0 or furthest_ends[i] < at + len(name):
                mentions.add((at, at + len(name), name))
            at = text.find(name, at + len(name))
    mentions.update(_short_names(text, found, mentions))
    mentions.update(_names_without_their_suffix(text, found, mentions))
    mentions.update(_company_anaphora(text, sorted(mentions)))
    if institutes:
        mentions.update(_institute_anaphora(text, institutes))
    # By end, then start; of two names found for one span (由安平鑫达铝业有限公司 and 安平鑫达铝业有限公司) the shorter
    # last, where a lookup by position lands: the same answer whatever order the set holds them in.
    return sorted(mentions, key=lambda mention: (mention[1], mention[0], -len(mention[2]), mention[2]))


def company_opening_title(title: str, text: str, mentions: list[tuple[int, int, str]]) -> str:
    """江州高新集团成功发行15亿元科创债, 宁川华锐新能源科技股份有限公司2023年营收增长…: the company the title opens with
    (after its time words), as the text names its companies, or by a name ending in 公司/集团 that the text names too;
    or ''. Not a place opening the title (宁川高新区华锐新能…, 光谷…: the place's news; a legal name may open with its
    place: 江州高新区发展集团有限公司), nor a company before its site (比亚迪江城基地…: the news of where the site is)."""
    at = LEAD_BEFORE_SUBJECT_RE.match(title).end() if title else 0
    names = [name for _, _, name in mentions if title.startswith(name, at)]
    if (suffixed := TITLE_COMPANY_RE.match(title, at)) is not None and _is_title_company(suffixed.group(1), text):
        names.append(suffixed.group(1))
    name = max(names, key=len, default="")
    if not name or SITE_OF_COMPANY_RE.match(title, at + len(name)) is not None:
        return ""
    if LEGAL_FORM_RE.search(name) is None and (place_at(title, at) or bare_place_at(title, at)):
        return ""
    return name


def _is_title_company(name: str, text: str) -> bool:
    """江州高新集团 (a company the text names too), not 全区上市公司 nor 科创板公司 (kinds of company)."""
    return name in text and name[0] not in WHOLE_PLACE_PREFIXES and name[0] not in FUNCTION_CHARS \
        and not any(word in name for word in GENERIC_NAME_WORDS) and not _is_kind_of_company(name) \
        and not has_generic_place_word(name)


def _is_place_after_topic(match: re.Match, name: str) -> bool:
    """企业方面，江州高新区实现…, 企业方面，全区累计…: after a topic, a place may report what its firms did."""
    return COMPANY_TOPIC in match.group(0)[:match.start(1) - match.start()] \
        and (PLACE_ENDING_RE.search(name) is not None or name[0] in WHOLE_PLACE_PREFIXES)


def _furthest_ends(found: list[tuple[int, int, str]]) -> tuple[list[int], list[int]]:
    """The starts of ``found``, in order, and for each the furthest end of a mention starting there or before."""
    starts, furthest_ends, furthest = [], [], 0
    for start, end, _ in sorted(found):
        furthest = max(furthest, end)
        starts.append(start)
        furthest_ends.append(furthest)
    return starts, furthest_ends


def _short_names(text: str, found: list[tuple[int, int, str]], mentions: set[tuple[int, int, str]]
                 ) -> list[tuple[int, int, str]]:
    """阳光电源股份有限公司是园区龙头。2023年，阳光电源实现营业收入…: a company named by its legal name goes on by
    a short name of it that the article uses after it, and not before (see LEGAL_FORM_RE), as (start, end, short name)."""
    first_named: dict[str, tuple[int, int]] = {}
    for start, end, name in sorted(found):
        if (core := _legal_core(name)) is not None and core not in first_named:
            first_named[core] = (start, end)
    if not first_named:
        return []
    named = {at for begin, finish, _ in mentions for at in range(begin, finish)}
    short_names = []
    for core, (start, end) in first_named.items():
        at = text.find(core[:SHORT_NAME_OPENING_CHARS], end)
        while at != -1:
            short = _short_name_at(text, at, core) if at not in named else ""
            if short and text.find(short, 0, start + len(short) - 1) == -1:  # (高新技术 of 长春高新技术产业（集团）…: a word used before)
                short_names.append((at, at + len(short), short))
            at = text.find(core[:SHORT_NAME_OPENING_CHARS], at + max(len(short), 1))
    return short_names


def _names_without_their_suffix(text: str, found: list[tuple[int, int, str]], mentions: set[tuple[int, int, str]]
                                 ) -> list[tuple[int, int, str]]:
    """宁川重机公司累计出口机车…。宁川重机全年实现营业收入…: a company named by its bare suffix (公司, 集团) goes on by
    the name without it, after it; as (start, end, name). (Not 江州高新 of 江州高新区: a place's name goes on.)"""
    first_named: dict[str, int] = {}
    for start, end, name in sorted(found):
        core = name[:-2] if name.endswith(BARE_COMPANY_SUFFIXES) else ""  # (both suffixes two characters)
        if len(core) >= SHORT_NAME_CHARS and core not in first_named and LEGAL_FORM_RE.search(name) is None \
                and CJK_PAIR_RE.match(core) and not _is_kind_of_company(name):
            first_named[core] = end
    if not first_named:
        return []
    named = {at for begin, finish, _ in mentions for at in range(begin, finish)}
    names = []
    for core, end in first_named.items():
        at = text.find(core, end)
        while at != -1:
            after = at + len(core)
            if at not in named and not text.startswith(LEGAL_FORM_OPENINGS + KINDS_OF_FIRMS, after) \
                    and BARE_SUFFIX_RE.match(text, after) is None:
                names.append((at, after, core))
            at = text.find(core, after)
    return names


def _legal_core(name: str) -> str | None:
    """武汉锐科光纤激光技术股份有限公司 -> 锐科光纤激光技术; 长春高新技术产业（集团）股份有限公司 -> 高新技术产业;
    None for a name with no legal form, or too short a core to be told from common words."""
    form = LEGAL_FORM_RE.search(name)
    if form is None:
        return None
    core = PLACE_IN_BRACKETS_RE.sub("", name[:form.start()])
    place = LEGAL_NAME_PLACE_RE.match(core)
    core = core[place.end():] if place is not None else core
    return core if len(core) >= SHORT_NAME_CHARS and CJK_PAIR_RE.match(core) else None


def _short_name_at(text: str, at: int, core: str) -> str:
    """The short name of ``core`` written at ``at``: its opening, and a later word of it (锐科激光), or ''."""
    opening = SHORT_NAME_OPENING_CHARS
    while opening < len(core) and text[at + opening:at + opening + 1] == core[opening]:
        opening += 1
    short = text[at:at + opening]
    word = text[at + opening:at + opening + 2]
    if len(word) == 2 and word in core[opening:]:
        short += word
    if opening < len(core) and core[-1] in KINDS_OF_BODY and text[at + len(short):at + len(short) + 1] == core[-1]:
        short += core[-1]  # 中车株洲所 for 中车株洲电力机车研究所: the opening and the kind of body it is
    if len(short) < SHORT_NAME_CHARS or text.startswith(LEGAL_FORM_OPENINGS + KINDS_OF_FIRMS, at + len(short)) \
            or any(generic in short for generic in GENERIC_NAME_WORDS) or _is_kind_of_company(short) \
            or PLACE_ENDING_RE.search(short) is not None:
        return ""  # (…光纤激光技术股份有限公司: the legal name written again, without its place; 高新技术企业: a kind;
        # 高新区 of 宁川市高新区城投有限公司: a place)
    return short


def companies_quoted(text: str, mentions: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Quotes a company's officer gives, as (start, end, company), by start; see SPEAKER_TITLE_RE. ``mentions`` are
    company_mentions(text)."""
    quoted = []
    at = text.find("“")
    while at != -1:
        close = text.find("”", at)
        if close == -1:
            break
        title = SPEAKER_TITLE_RE.search(text, close + 1, close + 1 + SPEAKER_CHARS)
        if title is not None and "\n" not in text[at:title.start()] and not any(
                end in text[close:title.start()] for end in "。！？"):  # (the sentence right after it, in its paragraph)
            company = _speakers_company(text, mentions, at, close, title.start())
        else:
            company = _company_announcing(text, mentions, at) if text.endswith(("：", ":"), 0, at) else ""
        if company:
            quoted.append((at, close, company))
        at = text.find("“", close)
    return quoted


def _company_announcing(text: str, mentions: list[tuple[int, int, str]], quote_start: int) -> str:
    """国星宇航创始人陆川说：“…”: the company named before the speaker's title in the sentence announcing the quote, or ''."""
    reach = max(0, quote_start - SPEAKER_CHARS)
    opening = max(reach, max(text.rfind(end, reach, quote_start) for end in "。！？\n") + 1)
    titles = list(SPEAKER_TITLE_RE.finditer(text, opening, quote_start))
    if not titles:
        return ""
    ends = [end for _, end, _ in mentions]
    named = [name for start, _, name in mentions[bisect_right(ends, opening):bisect_right(ends, titles[-1].start())]
             if start >= opening]
    return named[-1] if named else ""


def _speakers_company(text: str, mentions: list[tuple[int, int, str]], quote_start: int, close: int, title: int) -> str:
    """The company named between a quote and its speaker's title (”锐科激光副总经理陈明说), or the one 公司 there stands
    for, the last named before the quote in its paragraph (…华芯光电科技有限公司的洁净车间里。“…”公司总经理…); else ''."""
    ends = [end for _, end, _ in mentions]
    named = [name for start, _, name in mentions[bisect_right(ends, close):bisect_right(ends, title)] if close < start]
    if named:
        return named[-1]
    if SPEAKER_COMPANY_ANAPHOR_RE.match(text, close + 1) is None:
        return ""
    paragraph_start = text.rfind("\n", 0, quote_start) + 1
    before = []
    for start, end, name in reversed(mentions[:bisect_right(ends, quote_start)]):
        if end < paragraph_start:
            break
        if start >= paragraph_start:
            before.append((start, name))
    return max(before)[1] if before else ""


def _company_anaphora(text: str, introduced: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """去年，公司实现营业收入…, 去年，这家企业营业收入…: the company last named, spoken of again at the opening of a
    clause (企业 alone is any firm: only 该企业, 这家企业 point back)."""
    anaphora = []
    introduced = list(introduced)
    starts = [start for start, _, _ in introduced]
    for word, pointed in COMPANY_ANAPHORS:
        at = text.find(word)
        while at != -1:
            demonstrated = text.endswith(COMPANY_DEMONSTRATIVES, 0, at)
            if not pointed or demonstrated:  # (企业 is everywhere: a cheap test first)
                opening = ANAPHORIC_OPENING_RE.search(text, max(0, at - ANAPHORA_WINDOW_CHARS), at).start()
                i = bisect_left(starts, opening) - 1
                # 公司数, 公司总数 count firms; 该公司总资产 is the firm's
                if i >= 0 and (opening == 0 or text[opening - 1] in CLAUSE_OPENERS) \
                        and (demonstrated or text[at + 2:at + 3] not in ("数", "总")):
                    anaphora.append((opening, at + 2, introduced[i][2]))
            elif pointed and (i := bisect_left(starts, at) - 1) >= 0 and _opens_sentence_after_company(text, at, starts[i]):
                anaphora.append((at, at + 2, introduced[i][2]))
                starts.insert(i + 1, at)  # (企业现有员工…。今年一季度，企业新签订单…: the sentence after it goes on with it)
                introduced.insert(i + 1, anaphora[-1])
            at = text.find(word, at + 2)
    return anaphora


def _opens_sentence_after_company(text: str, at: int, company_start: int) -> bool:
    """天准光学2017年落户苏州高新区…。企业现有员工2100人: 企业 opening a sentence (after a time phrase: 今年一季度，企业新签
    订单…) right after one that names a company is that company (not 企业数, 企业总数: the count of firms)."""
    if not at or text[at - 1] not in SENTENCE_OR_TIME_ENDS or text[at + 2:at + 3] in ("数", "总"):
        return False  # (企业 is everywhere: most stand after other words)
    sentence_start = _sentence_start(text, at)
    return sentence_start > 0 and TIME_OPENING_A_SENTENCE_RE.match(text, sentence_start).end() == at \
        and company_start >= _sentence_start(text, sentence_start - 1) >= 0


def _sentence_start(text: str, position: int) -> int:
    """Where the sentence ``position`` stands in starts, looked for in the characters before it; -1 if not there."""
    reach = max(0, position - SENTENCE_REACH)
    end = max(text.rfind(end, reach, position) for end in "。！？\n")
    return end + 1 if end != -1 or not reach else -1


def _after_introduction(name: str) -> str:
    """区内企业西安星芯微电子科技有限公司 -> 西安星芯微电子科技有限公司; 由华锂集团 -> 华锂集团."""
    introduced = name.rfind("企业")
    if introduced != -1 and COMPANY_SUFFIX_RE.search(name, introduced + 4):
        name = name[introduced + 2:]
    at = name.find("在")
    if at == 0:
        return ""  # 世界500强企业在区内投资项目: where the firms are, no name of one
    if at >= 2:
        name = name[:at]  # 京东方在成都高新区累计投资: 京东方
    by = max(name.rfind(word) for word in AGENT_WORDS)  # 项目由华锂集团投资建设
    if by != -1:
        name = name[by + 1:]
    name = without_leading_words(name)
    if len(name) < 2 or name[0] in FUNCTION_CHARS or name.endswith(("有", "的")):
        return ""  # 企业中有研发活动的: no name at all
    return name


def _institutes(text: str) -> list[tuple[int, int, str]]:
    """嘉禾中科智能装备研究院 opening a clause: an institute named in full (not 国家重点实验室, a kind of one)."""
    names = []
    for suffix in INSTITUTE_SUFFIXES:
        at = text.find(suffix)
        while at != -1:
            end = at + len(suffix)
            match = INSTITUTE_RE.search(text, max(0, end - INSTITUTE_NAME_CHARS), end + COMPANY_VERB_CHARS)
            if match is not None and match.end(1) == end and _is_institute_name(match.group(1)):
                names.append((match.start(1), end, match.group(1)))
            at = text.find(suffix, end)
    return names


def _is_institute_name(name: str) -> bool:
    return not name.startswith(INSTITUTE_KIND_PREFIXES + NAME_BLOCKLIST_PREFIX + INSTITUTE_SUFFIXES) \
        and not any(word in name for word in INSTITUTE_KIND_WORDS)


def _institute_anaphora(text: str, institutes: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """该院成立5年来，…: the institute last named before it, when 该院 (该所, 该实验室) opens a clause and the
    institute is of its kind (该所 is no 研究院)."""
    mentions = []
    for anaphor in INSTITUTE_ANAPHOR_RE.finditer(text):
        opening = ANAPHORIC_OPENING_RE.search(text, max(0, anaphor.start() - ANAPHORA_WINDOW_CHARS), anaphor.start()).start()
        if opening and text[opening - 1] not in CLAUSE_OPENERS:
            continue
        named = [(start, name) for start, _, name in institutes if start < opening and name.endswith(anaphor.group()[1:])]
        if named:
            mentions.append((opening, anaphor.end(), max(named)[1]))
    return mentions


def _opens_with_time(text: str, start: int) -> bool:
    """公司[前三]季度实现…, 公司[近日]宣布…: a time phrase read as a name."""
    return COMPANY_TIME_OPENING_RE.match(text, start) is not None


def _legal_names(text: str) -> list[tuple[int, int, str]]:
    """阳光电源股份有限公司同样表现亮眼。该公司…: a company's legal name opening a sentence (or after the words
    introducing it: 区内企业——)."""
    names = []
    at = text.find("有限")
    while at != -1:
        match = LEGAL_NAME_RE.search(text, max(0, at - LEGAL_NAME_CHARS), at + 6)
        if match is not None \
                and not (text.endswith("企业", 0, match.start(1)) and match.group(1).startswith(ENTERPRISE_TRADES)):
            start = match.start(1) + match.group(1).rfind("的") + 1  # 走进位于…软件园的星衡科技股份有限公司: after 的
            if text.startswith(SCENE_WORDS, start):  # 在福源智能装备有限公司的总装车间里: where the scene is set
                start = next(start + len(word) for word in SCENE_WORDS if text.startswith(word, start))
            owner = text.rfind("公司", start, match.end(1) - len("有限公司"))
            if owner != -1:  # 其母公司长春高新技术产业（集团）股份有限公司: after the company it is of
                start = owner + len("公司")
            introduced = text.rfind("企业", start, match.end(1) - len("有限公司"))
            if introduced != -1 and not text.startswith(ENTERPRISE_TRADES, introduced + 2):
                start = introduced + len("企业")  # 近日，云岭高新区企业昆华光电科技股份有限公司…: after the word introducing it
            start = _after_verb_before_a_company(text, start, match.end(1) - len("有限公司"))
            if text[start] in AGENT_WORDS:
                start += 1  # 由安平鑫达铝业有限公司投资建设: the company that builds, not its 由
            name = text[start:match.end(1)]
            if not any(word in name for word in GENERIC_NAME_WORDS) or GROUP_IN_BRACKETS in name:
                names.append((start, match.end(1), name))
        at = text.find("有限", at + 2)
    return names


def _after_verb_before_a_company(text: str, start: int, end: int) -> int:
    """Where a legal name starts after the clause's verb that takes it (江州高新区引进了宁川市华晶科技有限公司: at 宁川市),
    or ``start``; a verb opening the words (联合利华…) is part of the name."""
    return max((at + len(word) for word in VERBS_BEFORE_A_COMPANY if (at := text.rfind(word, start + 2, end)) != -1),
               default=start)


def _company_matches(text: str) -> list[re.Match]:
    """Companies introduced by a word (其中通视光电), named by their suffix (中车株机公司) or by a brand
    name opening a clause (康弘药业研发投入…)."""
    matches = list(COMPANY_RE.finditer(text))
    if "公司" in text or "集团" in text:
        matches.extend(COMPANY_ALIAS_RE.finditer(text))
        # The name pattern is tried only around its suffixes: run over every character, it is slow.
        last_end = 0
        for suffix in COMPANY_SUFFIX_RE.finditer(text):
            if suffix.end() <= last_end:
                continue
            start = max(last_end, suffix.end() - COMPANY_NAME_CHARS)
            match = NAMED_COMPANY_RE.search(text, start, suffix.end() + COMPANY_VERB_CHARS)
            if match is not None:
                matches.append(match)
                last_end = match.end()
    # 科技创新, 电子信息: most such endings are words with no company's measure after them; one scan finds the others
    for ending in BRAND_ENDING_RE.finditer(text):
        match = BRAND_COMPANY_RE.search(text, max(0, ending.end() - BRAND_NAME_CHARS), ending.end() + COMPANY_VERB_CHARS)
        if match is not None and match.end(1) == ending.end():
            matches.append(match)
    return matches


def _is_industry(name: str) -> bool:
    """电子 (全区电子实现…), 汽车电子, 光伏新能源, 新能源汽车: an industry, by a brand ending alone or after the
    field it serves (嘉驰汽车, 嘉芯微电子: after a proper name, a company)."""
    ending = BRAND_ENDING_AT_END_RE.search(name)
    if ending is None:
        return False
    field = name[:ending.start()]
    return not field or field.endswith(INDUSTRY_FIELDS) or BRAND_ENDING_AT_END_RE.search(field) is not None


def _is_place_industry(text: str, name: str, start: int) -> bool:
    """重庆汽车产量…, 重庆市汽车2022年…: a place's industry, not a company, unless its accounts follow (上海电气实现营业收入…)."""
    ending = BRAND_ENDING_AT_END_RE.search(name)
    if ending is None or not ending.start():
        return False
    field = name[:ending.start()]
    return (field in BARE_PLACE_NAMES or field[-1] in PLACE_LEVELS) \
        and COMPANY_ACCOUNTS_RE.match(text, start + len(name)) is None


def _is_kind_of_company(name: str) -> bool:
    return COMPANY_KIND_RE.fullmatch(name) is not None
