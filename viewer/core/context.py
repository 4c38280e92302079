"""Where a figure stands in its text: paragraph, sentence, clause; the year and subject that govern it.

All boundaries are found once per document with a few regex scans and looked up by bisection, so
each figure's context costs a handful of list lookups.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter

from viewer.core.places import PROVINCES, bare_place_at
from viewer.core.vocabulary import NEWS_TIME_WORDS, PLACE_LEVELS, WHOLE_PLACE_MARKS, WHOLE_PLACE_WORDS, YEAR_PARTS

SENTENCE_END = re.compile(r"[。!?！？\n]")
CLAUSE_END = re.compile(r"[。!?！？\n,;:、，；：]")
CLAUSE_OPENERS = frozenset("。!?！？\n,;:、，；：")
WHOLE_YEAR_OPENERS = CLAUSE_OPENERS | frozenset("区市省县")
PARAGRAPH_END = re.compile(r"\n")

# A year a figure can refer to: 2021年 — but not 比2015年 (a comparison base) or 2012年以来 (a span start).
# (These patterns open with literal text, which the regex engine finds fast; what must not stand
# before a match is checked in Python rather than by a lookbehind tried at every character.)
YEAR_RE = re.compile(r"((?:19|20)\d\d)(?=\s?年)(?!\s?年以来|\s?年来)")
# And digits: 12021年 is no year; 是2012年的2.6倍 is a base, 剔除2020年一次性因素后 an exclusion.
YEAR_BLOCKERS = frozenset("比较与同自从于和及是除.")
SPAN_STARTS = frozenset("自从于")
BASE_OF_RATIO_WORDS = ("恢复至", "恢复到", "相当于")
VALUE_YEAR_OPENERS = frozenset("自从于比较")
# 过去一年 is how work reports, delivered early in a year, name the year before.
RELATIVE_YEARS = {"今年": 0, "本年": 0, "全年": 0, "去年": -1, "上年": -1, "前年": -2, "明年": 1, "过去一年": -1}
RELATIVE_YEAR_RE = re.compile(r"今年|本年|去年|上年|前年|明年|过去一年")
RELATIVE_YEAR_BLOCKERS = frozenset("比较与同")
# The parts of a year a time phrase names: 全年, 上半年, 第一季度, 1-9月, 6月底.
PERIOD_WORDS = rf"全年|{YEAR_PARTS}|[\d\-~至]+月(?:份)?(?:末|底)?"
# 去年, / 过去一年, opening a paragraph: the publish date tells which year it governs.
RELATIVE_TIME_CLAUSE_RE = re.compile(rf"\s*(今年|本年|去年|上年|过去一年)(?:以来|{PERIOD_WORDS})?[,，:：]")
# 1-9月, / 上半年, opening a paragraph: a period of the year the article came out in, or of the one before.
PERIOD_END_MONTHS = {"一季度": 3, "第一季度": 3, "上半年": 6, "前三季度": 9, "下半年": 12, "全年": 12}
AHEAD_OR_BEHIND = ("下半年", "全年")
LAST_REPORTING_MONTH = 2  # a year's results are reported by February; later, 全年 is this year's plan
ANNUAL_REPORT_MONTH = 5  # statistical communiqués of a year come out by the spring after it
ANNUAL_REPORT_TITLE_RE = re.compile(r"统计公报|国民经济和社会发展")
WHOLE_YEAR_RE = re.compile(r"全年|年末|年底")
AIM_WORDS = frozenset({"力争", "确保", "争取", "预计", "计划"})  # 力争全年…: the year the article came out in
PERIOD_PHRASE = (
    r"(?:截至|截止到?)?(?:(?P<month>\d{1,2})(?:[\-~至—](?P<to>\d{1,2}))?月份?[末底]?|(?P<named>"
    + "|".join(PERIOD_END_MONTHS) + r"))"
)
PERIOD_CLAUSE_RE = re.compile(rf"\s*{PERIOD_PHRASE}[,，:：]")
# 上半年 / 1-9月 opening a clause inside a sentence (记者了解到，上半年全市…): found from its last
# characters (literal text is searched fast), then read whole in a short window before them.
PERIOD_ENDING_RE = re.compile(r"月份?[末底]?|季度|半年")
PERIOD_AT_CLAUSE_RE = re.compile(rf"(?<![\d\u4e00-\u9fff]){PERIOD_PHRASE}")
PERIOD_WINDOW_CHARS = 8
# 创新主体持续壮大。: a short topic sentence opening a paragraph, before its time phrase.
TOPIC_SENTENCE_RE = re.compile(r"[^。！？\n\d,，]{2,20}。")
# 初步核算，2023年全省… : a lead-in clause before the time phrase that governs a paragraph.
PARAGRAPH_LEAD_IN_RE = re.compile(
    r"\s*(?:经?初步核算|据初步核算|据统计|统计显示|[\u4e00-\u9fff]{0,4}数据显示|据了解|据悉|据介绍|记者(?:从[^,，。]{1,20})?(?:获悉|了解到))[,，]"
)
PRESENT_TIME_RE = re.compile(r"\s*(?:截至|截止)?(?:目前|当前|现在|如今|迄今|至今)")
OPENING_YEAR_RE = re.compile(r"(?:截至|截止到?|到|至|在)?((?:19|20)\d\d)\s?年(?![的以来])")
# 由2018年的2985.3亿元增加到4286.5亿元: a year before 的 dates the figure right after it, not those after.
LOCAL_YEAR_REACH = 3  # characters between 年的 and the figure: 由2018年的近2985.3亿元
YEAR_OF_VALUE_RE = re.compile(r"\s?年[末底]?的")
# 2021年, / 2021年全年, / 2021年1-9月, / 截至2021年底, : a first clause that is only a time phrase.
TIME_CLAUSE_RE = re.compile(
    r"\s*(?:截至|截止到?|到|至)?((?:19|20)\d\d)\s?年"
    rf"(?:{PERIOD_WORDS}|[底末]|年[底末]|度)?[,，:：]"
)

# A headline's own year (2023年全省科技创新主要指标稳步提升), not a span (2012年以来) or a base (比2020年).
TITLE_YEAR_RE = re.compile(r"(?<![比较自从\d])((?:19|20)\d\d)\s?年(?!以来|来)")
TITLE_SPAN_RE = re.compile(r"以来|来")
WORK_REPORT_TITLE_RE = re.compile(r"工作报告")
WORK_REPORT_MONTH = 2  # work reports are given at the sessions of January to March
PERIOD_IN_TITLE_RE = re.compile(rf"(?<!\d){PERIOD_PHRASE}")

# A plan, and the year it aims at: 到2025年, 至2035年.
PLAN_TITLE_RE = re.compile(r"规划|纲要|行动计划|行动方案|实施方案|实施意见")
TARGET_YEAR_RE = re.compile(r"(?:到|至)((?:19|20)\d\d)\s?年")

# 一、2023年工作回顾 / 第二部分: a top-level section heading; a year in it governs the section.
SECTION_HEADING_RE = re.compile(r"^(?:[一二三四五六七八九十]{1,3}、|第[一二三四五六七八九十]{1,3}部分)[^\n。！？]{0,40}$",
                                re.MULTILINE)

PLACE_SUFFIXES = (
    "国家高新技术产业开发区|高新技术产业开发区|经济技术开发区|国家自主创新示范区|自主创新示范区|"
    "高新区|经开区|开发区|自贸区|自贸试验区|新片区|新区|示范区|科技城|科学城|科技园|软件园|产业园|工业园区|园区|片区"
)
ZONE_RE = re.compile(rf"[\u4e00-\u9fff]{{2,8}}?(?:{PLACE_SUFFIXES})")
# 市场, 市民, 区域, 县城 ... are words, not place names: the suffix must end the name.
NOT_A_PLACE_AFTER = "(?!场|民|值|级|政(?!府)|委|属|内|外|域|间|位|长|城|情|府|局|况|划)"
# 青石村 is a village; 中关村科学城, 中关村示范区 are zones whose names hold a 村.
VILLAGE = r"村(?![\u4e00-\u9fff]{0,2}[城园区])"
CITY_SUFFIX = rf"(?:特别行政区|省|市|自治区|自治州|县|区|镇|乡(?![村镇])|{VILLAGE}){NOT_A_PLACE_AFTER}"
CITY_RE = re.compile(rf"[\u4e00-\u9fff]{{2,5}}?{CITY_SUFFIX}")
# Scanning for names is done from their suffixes (rare) rather than from every character (slow).
# (No lookbehind here: a pattern that opens with literal text is searched for far faster; the
# name pattern run at each hit checks the characters before it.)
ZONE_SUFFIX_RE = re.compile(rf"(?:{PLACE_SUFFIXES})")
CITY_SUFFIX_RE = re.compile(CITY_SUFFIX)
GENERIC_PLACE_ENDINGS = ("地区", "建成区", "核心区", "起步区", "示范区内", "城区", "市区", "辖区", "社区", "景区", "矿区", "棚户区", "安置区", "灾区", "城镇", "乡镇", "小镇", "集镇", "村镇", "乡村", "农村", "山村", "渔村", "新村", "行政村", "自然村", "贫困村", "脱贫村", "示范村", "重点村", "试点村", "薄弱村", "城乡", "家乡", "返乡", "下乡", "强区", "强市", "强县", "强省", "强镇", "大省", "大市", "小区", "校区", "街区", "专区", "分区", "功能区", "园区内")
BARE_SUFFIX_RE = re.compile(rf"(?:{PLACE_SUFFIXES}|市|省|县|区|镇|乡|村)")
# 临港新片区, 南沙片区 are zones; 核心片区, 东部片区, 三大片区 are parts of one.
GENERIC_AREA_RE = re.compile(
    r"(?:核心|重点|功能|产业|示范|先行|起步|拓展|综合|周边|老城|新城|城市|中心|[东西南北中]部|各|该|本|全|其他|"
    r"[一二三四五六七八九十两几多]大?个?)(?:新)?片区"
)
TOWN_SUFFIXES = ("镇", "乡", "村")
COUNTED_PLACES_RE = re.compile(r"[一二两三四五六七八九十百千几多各个每][省市区县镇乡村]$")
GENERIC_PLACE_WORDS = WHOLE_PLACE_WORDS + (
    "更多", "支持", "推动", "力争", "对标", "下一步", "入选", "获评", "评为", "认定", "获批", "年末", "年初", "年底", "上市", "新增", "占", "是", "的", "在")
WHOLE_PLACE_PREFIXES = frozenset(WHOLE_PLACE_MARKS + "各")
GENERIC_PLACE_WORD_RE = re.compile("|".join(GENERIC_PLACE_WORDS))
NAME_BLOCKLIST_PREFIX = (
    "占", "代表", "关于", "完成", "实现", "达到", "年", "年度", "月", "日", "月底", "月末", "月初", "年底", "年末", "年初", "家", "个", "的", "是", "了", "国家", "该", "各", "全",
    "本", "我", "此", "两个", "两大", "两家", "在", "累计",
    "对", "向", "为", "与", "和", "由", "将", "把", "到", "其", "从",
    "部分", "多数", "少数", "个别", "一些", "其他", "有关", "相关", "所有",  # 部分高新区: some zones, not one
    *WHOLE_PLACE_WORDS,
    "图为", "图", "据", "记者", "近日", "日前", "目前", "今年", "去年", "同时", "此外", "近年来", "截至",
    "上半年", "下半年", "前三季度", "一季度", "季度", "全年",
)
LEADING_WORDS_RE = re.compile("(?:" + "|".join(sorted(NAME_BLOCKLIST_PREFIX, key=len, reverse=True)) + ")+")
# When and what a company did, right after its name: 芯昇半导体[去年研发]投入…, 歌尔股份[今年一季度实现]….
COMPANY_TIME = r"(?:(?:19|20)\d\d年|第?[一二三四]季度|" + "|".join(NEWS_TIME_WORDS) + ")*"
COMPANY_RE = re.compile(
    rf"(?:企业|公司|其中[,，]?|龙头)([\u4e00-\u9fffA-Za-z]{{2,10}}?)(?:公司|集团)?{COMPANY_TIME}"
    r"(?=已|建成|完成|实现|成为|累计|获得|获(?!悉)|入选|估值|营收|营业收入|年产值|产值|研发|净利润|市值|宣布)"
)
# A company named by its own suffix: 中车株机公司累计出口机车…
NAMED_COMPANY_RE = re.compile(
    r"(?:(?<![\u4e00-\u9fff])|(?<=企业))([\u4e00-\u9fffA-Za-z]{2,14}?(?:股份有限公司|有限公司|公司|集团))"
    rf"(?={COMPANY_TIME}(?:已|累计|实现|完成|获得|获(?!悉)|成为|估值|营收|营业收入|产值|年产值|出口|生产|拥有|建成|研发|投资|宣布))"
)
# 康弘药业研发投入…: a company opening a clause by its brand name alone, known by the ending of the
# name and a company's measure after it (an industry, 生物医药营业收入, has neither).
BRAND_ENDING_RE = re.compile("药业|股份|控股|科技|电子|电气|光电|重工")
BRAND_COMPANY_RE = re.compile(
    r"(?<![^，。；：,;\n])([\u4e00-\u9fff]{2,4}?(?:药业|股份|控股|科技|电子|电气|光电|重工))"
    rf"(?={COMPANY_TIME}(?:实现|完成)?(?:营业收入|营收|净利润|研发投入|研发费用|市值|出货量|营业额))"
)
BRAND_NAME_CHARS = 6
# …科技有限公司（以下简称“星芯微电子”）: the short name the article goes on to use.
COMPANY_ALIAS_RE = re.compile(
    r"(?:公司|集团)[（(](?:[^（()）]{0,20}[，,])?(?:以下简称|下称|简称)?[“\"‘]?([\u4e00-\u9fffA-Za-z]{2,8}?)[”\"’]?"
    r"(?:或[“\"‘]?(?:公司|本公司)[”\"’]?)?[）)]"
)
COMPANY_SUFFIX_RE = re.compile("公司|集团")
AGENT_WORDS = ("由", "被", "向")
FUNCTION_CHARS = frozenset("由从在是为与和对向将把被及等或有的已均记据")  # 由华锂集团, 记者从
# 去年，公司实现… / 目前公司员工…: the company last named, at the opening of a clause (read backwards
# from 公司, which is searched for as literal text).
ANAPHORIC_OPENING_RE = re.compile(r"(?:(?:目前|去年|今年|近日|日前|同时|此外|其中)[,，]?)?该?$")
ANAPHORA_WINDOW_CHARS = 4
COMPANY_ANAPHORS = ("公司",)  # 该公司 ends with it
COMPANY_NAME_CHARS = 20  # the longest name NAMED_COMPANY_RE takes: 14 characters and 股份有限公司
COMPANY_VERB_CHARS = 16  # what may follow it: 今年一季度, then a verb such as 营业收入
# Words that make a 'company' match a plain noun phrase: 企业[数量]实现爆发式增长.
GENERIC_NAME_WORDS = (
    "数量", "总数", "规模", "主体", "发展", "创新", "研发", "产值", "收入", "增长", "数", "总", "个", "家",
    "实现", "完成", "建成", "成为", "累计", "获得", "营业", "营收", "估值", "企业", "力争", "争取", "计划", "预计",
)
# 上市公司, 子公司, 科技型公司: kinds of company, not the name of one.
COMPANY_KIND_RE = re.compile(
    r"(?:上市|挂牌|控股|参股|国有|国资|民营|外资|合资|独资|科技型?|投资|平台|龙头|骨干|头部|领军|中小|规上|"
    r"子|分|母|该|本|这家|一家|多家|各家|新三板)(?:公司|集团)"
)
PLACE_NAME = rf"([\u4e00-\u9fff]{{2,8}}?(?:{PLACE_SUFFIXES}|市|省|县|区|镇|乡(?![村镇])|{VILLAGE}){NOT_A_PLACE_AFTER})"
TIME_BEFORE_SUBJECT = r"(?:(?:截至)?(?:19|20)\d\d年[^,，。]{0,6}[,，]?)?"
TIME_BEFORE_SUBJECT_RE = re.compile(rf"\s*{TIME_BEFORE_SUBJECT}")
TIME_OR_SPACE_OPENERS = frozenset("12截 \t\u3000\n")
# A province or city written without its suffix is a subject only where a list or a place's own
# measure follows it (上海、苏州…, 苏州规模以上工业总产值…); 上海光源, 洛阳钼业, 宁波舟山港 name other things.
BARE_PLACE_FOLLOWERS = (
    "、", "和", "与", "地区生产总值", "生产总值", "GDP", "规模以上", "规上", "经济总量", "常住人口", "人均", "一般公共预算",
    "固定资产投资", "社会消费品", "进出口", "外贸", "城镇", "农村", "居民", "全市", "全省", "实现", "完成", "共有", "拥有",
    "新增", "累计", "本地生产总值", "本地", "20", "19",  # 香港2023年本地生产总值…
)
# 丰禾县桃源镇, 苏州市吴中区: a place within the place just named.
INNER_PLACE_RE = re.compile(rf"[\u4e00-\u9fff]{{2,4}}?(?:市|县|区|镇|乡(?![村镇])|{VILLAGE}){NOT_A_PLACE_AFTER}")
# A zone or city opening a sentence is that sentence's subject: 苏州工业园区2022年实现…
SENTENCE_SUBJECT_RE = re.compile(rf"\s*{TIME_BEFORE_SUBJECT}{PLACE_NAME}")
# …，张江高新区2.6万亿元: a zone or city opening a clause is the subject of that clause's figures.
CLAUSE_SUBJECT_RE = re.compile(rf"\s*{TIME_BEFORE_SUBJECT}{PLACE_NAME}")
# 泗县统计局: a county with a one-character name (too short to be told from a word in running text).
ONE_CHARACTER_COUNTY_RE = re.compile(r"([\u4e00-\u9fff]县)(?![城域级委])")
WHOLE_OF_PLACE_RE = re.compile(rf"[我{WHOLE_PLACE_MARKS}][{PLACE_LEVELS}]")
MAX_CLAUSES_BACK = 2  # how far back in its sentence a figure looks for a place opening a clause
BRACKET_REACH = 12  # （2020年为3.2件）: how far before a year its bracket may open
OPENING_PARAGRAPHS = 2  # a news lead (after a scene or a byline) names the year the article is about
OPENING_CHARS = 5  # a year this close to its sentence's start (初步核算，2023年) governs the whole sentence
SUBJECT_FALLBACK_CHARS = 2500  # with no name in the title, the opening paragraphs name the subject
SUBJECT_SCAN_CHARS = 6000  # an article names its subject early; scanning all of a long report costs time
# A report about one year (统计公报, 经济运行情况) dates every figure it does not date otherwise.
STATISTICAL_TITLE_RE = re.compile(
    r"((?:19|20)\d\d)年(?:度)?.{0,20}(?:统计公报|国民经济和社会发展|经济运行|主要经济指标|统计数据|发展情况|发展报告|年度报告|年报|工作总结)"
)


class TextContext:
    """Boundaries, years and subjects of one document's normalised text."""

    def __init__(self, text: str, title: str = "", publish_year: int | None = None, publish_month: int | None = None,
                 publisher: str = ""):
        self.text = text
        if publish_year is None and WORK_REPORT_TITLE_RE.search(title):
            publish_year, publish_month = _year_given(title), WORK_REPORT_MONTH  # 2024年政府工作报告: given early in 2024
        self.publish_year = publish_year
        self.publish_month = publish_month
        self.sentence_ends = [m.start() for m in SENTENCE_END.finditer(text)]
        self.clause_ends = [m.start() for m in CLAUSE_END.finditer(text)]
        self.paragraph_ends = [m.start() for m in PARAGRAPH_END.finditer(text)]
        self.years = [(m.start(), int(m.group(1))) for m in YEAR_RE.finditer(text) if not _blocked(text, m.start())]
        self.year_positions = [p for p, _ in self.years]
        self.local_years = {p: end for p, _ in self.years if (end := _local_year_end(text, p))}
        self.relative_years = [
            (m.start(), RELATIVE_YEARS[m.group()]) for m in RELATIVE_YEAR_RE.finditer(text)
            if not (m.start() and text[m.start() - 1] in RELATIVE_YEAR_BLOCKERS)
        ]
        if publish_year is not None and publish_month is not None:
            self.relative_years = sorted(self.relative_years + self._periods_in_clauses())
        self.relative_positions = [p for p, _ in self.relative_years]
        self.main_subject = main_subject(title, text, publisher)
        self.companies = _company_mentions(text)  # by end, for the bisection in subject_at
        self.company_names = frozenset(name for _, _, name in self.companies)
        self.company_ends = [end for _, end, _ in self.companies]
        self._sentence_subjects: dict[int, str] = {}
        self._clause_places: dict[int, str] = {}
        self._whole_year_positions: list[int] | None = None
        self._whole_years: dict[int, int] = {}
        self._paragraph_years: dict[int, int | None] = {}
        self._sentence_years: dict[int, int | None] = {}
        self._opening_years: dict[int, int | None] = {}
        report = STATISTICAL_TITLE_RE.search(title)
        self.document_year = int(report.group(1)) if report else self._title_year(title)
        self.sole_year = self._sole_year() or self._target_year(title)
        self._aimed_whole_years: set[int] = set()
        self.annual_report = ANNUAL_REPORT_TITLE_RE.search(title) is not None
        self.sections = self._section_years()
        self.section_starts = [start for start, _ in self.sections]

    def _title_year(self, title: str) -> int | None:
        """The one year a headline names (2023年全省科技创新主要指标稳步提升), or the period it names
        (潍坊高新区一季度经济运行情况, 今年上半年…), dated from the publish date."""
        if WORK_REPORT_TITLE_RE.search(title):
            return None  # 2024年政府工作报告: the year it is given in; its figures are mostly the year before's
        years = {int(year) for year in TITLE_YEAR_RE.findall(title)}
        if years:
            return years.pop() if len(years) == 1 else None
        if self.publish_year is None:
            return None
        relative = RELATIVE_YEAR_RE.search(title)
        if relative is not None and not TITLE_SPAN_RE.search(title):
            return self.publish_year + RELATIVE_YEARS[relative.group()]
        period = PERIOD_IN_TITLE_RE.search(title)
        return None if period is None else self._year_of_period(period)

    def _sole_year(self) -> int | None:
        """The one year an article is about: named in its opening paragraphs (2023年，青山县实现…), the
        only one its text names (bases of comparison aside), and the year it came out in or the one before."""
        years = {year for position, year in self.years if position not in self.local_years}
        if len(years) != 1 or self.publish_year is None:
            return None
        ends = self.paragraph_ends
        opening_end = ends[OPENING_PARAGRAPHS - 1] if len(ends) >= OPENING_PARAGRAPHS else len(self.text)
        if not self.year_positions or self.year_positions[0] >= opening_end:
            return None  # a feature that dates one paragraph of many is not about that year
        year = years.pop()
        return year if 0 <= self.publish_year - year <= 1 else None

    def _target_year(self, title: str) -> int | None:
        """The year a plan aims at (云州市“十四五”规划纲要: 到2025年…), most named after 到/至; its
        undated figures (——森林覆盖率达到45.2%) are targets for that year."""
        if PLAN_TITLE_RE.search(title) is None:
            return None
        targets = Counter(int(year) for year in TARGET_YEAR_RE.findall(self.text))
        return targets.most_common(1)[0][0] if targets else None

    # -- boundaries ---------------------------------------------------------------------------------
    def sentence(self, position: int) -> tuple[int, int]:
        return _span(self.sentence_ends, position, len(self.text))

    def clause(self, position: int) -> tuple[int, int]:
        return _span(self.clause_ends, position, len(self.text))

    def paragraph(self, position: int) -> tuple[int, int]:
        return _span(self.paragraph_ends, position, len(self.text))

    # -- year -------------------------------------------------------------------------------------
    def year_at(self, position: int, sentence_start: int | None = None) -> int | None:
        """The year stated earlier in the figure's sentence, or heading its paragraph, or the report's."""
        if sentence_start is None:
            sentence_start, _ = self.sentence(position)
        year = self._last_year_between(sentence_start, position)
        if year is not None:
            return year
        year = self._sentence_years.get(sentence_start, -1)
        if year == -1:  # the sentence's other figures ask again
            year = self._sentence_years[sentence_start] = self._year_around(sentence_start)
        if year is None and self.document_year is None:
            year = self._whole_year_in(sentence_start, position)
        if year is None:
            return self.sole_year if self.document_year is None else self.document_year
        return year

    def _year_around(self, sentence_start: int) -> int | None:
        """The year that governs a sentence stating none: the one before it (其中, … goes on), a time
        clause opening an earlier sentence of its paragraph, its paragraph's heading year, its section's."""
        if sentence_start and self.text.startswith("其中", sentence_start):
            if self.text[sentence_start - 1] == "\n":  # 其中 opening a paragraph goes on with the one before
                return self.year_at(sentence_start - 1) if sentence_start > 1 else None
            year = self._last_year_between(self.sentence(sentence_start - 1)[0], sentence_start)
            if year is not None:
                return year
        paragraph_start, _ = self.paragraph(sentence_start)
        year = self._year_opening_earlier_sentence(sentence_start, paragraph_start)
        if year is not None:
            return year
        year = self._paragraph_years.get(paragraph_start, -1)
        if year == -1:
            year = self._paragraph_years[paragraph_start] = self._heading_year(paragraph_start)
        if year is None and self.sections:
            i = bisect_right(self.section_starts, sentence_start) - 1
            year = self.sections[i][1] if i >= 0 else None
        return year

    def _whole_year_in(self, sentence_start: int, position: int) -> int | None:
        """全年 / 年末 opening a clause of the sentence before ``position`` (全年实际使用外资…): the year
        behind in an article of January or February (or of the spring, for an annual statistical
        communiqué), else the year it came out in; only where nothing else dates the figure."""
        if self.publish_month is None:
            return None
        if self._whole_year_positions is None:  # found once, as literal text, when first asked for
            self._whole_year_positions = self._find_whole_years()
        i = bisect_left(self._whole_year_positions, sentence_start)
        if i == len(self._whole_year_positions) or self._whole_year_positions[i] >= position:
            return None
        year = self._whole_years.get(sentence_start, -1)
        if year == -1:  # the sentence's other figures ask again
            whole_year = self._whole_year_positions[i]
            year = self._whole_years[sentence_start] = self._year_of_whole_year(sentence_start, whole_year)
        return year

    def _find_whole_years(self) -> list[int]:
        """Where 全年/年末 open a clause (or follow a place, 高新区全年, or an aim, 力争全年)."""
        positions = []
        for match in WHOLE_YEAR_RE.finditer(self.text):
            at = match.start()
            if at == 0 or self.text[at - 1] in WHOLE_YEAR_OPENERS:
                positions.append(at)
            elif self.text[max(0, at - 2):at] in AIM_WORDS:
                positions.append(at)
                self._aimed_whole_years.add(at)
        return positions

    def _year_of_whole_year(self, sentence_start: int, whole_year: int) -> int:
        if whole_year in self._aimed_whole_years:
            return self.publish_year  # 力争全年新签约…: this year's aim
        stated = self._last_year_between(self.paragraph(sentence_start)[0], sentence_start)
        if stated is not None:
            return stated  # 2021年全省新认定…。全年共有…: the year the paragraph is about
        if self.sole_year is not None:
            return self.sole_year  # the one year the article speaks of
        last_month = ANNUAL_REPORT_MONTH if self.annual_report else LAST_REPORTING_MONTH
        return self.publish_year - 1 if self.publish_month <= last_month else self.publish_year

    def _section_years(self) -> list[tuple[int, int | None]]:
        """Each top-level section heading and the one year it names (一、2023年工作回顾), if any."""
        if "、" not in self.text and "部分" not in self.text:
            return []
        sections = []
        for heading in SECTION_HEADING_RE.finditer(self.text):
            years = {year for position, year in self.years if heading.start() <= position < heading.end()}
            sections.append((heading.start(), years.pop() if len(years) == 1 else None))
        return sections if any(year is not None for _, year in sections) else []

    def _year_opening_earlier_sentence(self, sentence_start: int, paragraph_start: int) -> int | None:
        """“十三五”时期，…。2020年，全市地区生产总值…。常住人口城镇化率达到63.5%: the nearest earlier
        sentence of the paragraph that opens with a time phrase dates this one (the first is its heading)."""
        if PRESENT_TIME_RE.match(self.text, sentence_start):
            return None  # 去年，公司实现…。目前公司员工近900人: now, not last year
        ends = self.sentence_ends
        k = bisect_left(ends, sentence_start - 1) - 1  # ends[k] closes the sentence before the previous one
        while k >= 0 and ends[k] >= paragraph_start:
            start = ends[k] + 1
            year = self._opening_years.get(start, -1)
            if year == -1:
                year = self._opening_years[start] = self._time_clause_year(start)
            if year is not None:
                return year
            k -= 1
        return None

    def _heading_year(self, paragraph_start: int, after_topic: bool = False) -> int | None:
        if not after_topic and (topic := TOPIC_SENTENCE_RE.match(self.text, paragraph_start)):
            return self._heading_year(topic.end(), True)  # 创新主体持续壮大。截至2023年底，…
        year = self._time_clause_year(paragraph_start)
        if year is None and (lead_in := PARAGRAPH_LEAD_IN_RE.match(self.text, paragraph_start)):
            # 初步核算，2023年全省地区生产总值… / 记者了解到，今年以来，…
            year = self._time_clause_year(lead_in.end())
            if year is None and (opening := OPENING_YEAR_RE.match(self.text, lead_in.end())):
                year = int(opening.group(1))
        return year

    def _time_clause_year(self, start: int) -> int | None:
        """The year of a clause at ``start`` that is only a time phrase: 2021年， / 去年， / 1-9月，."""
        heading = TIME_CLAUSE_RE.match(self.text, start)
        if heading:
            return int(heading.group(1))
        if self.publish_year is None:
            return None
        relative = RELATIVE_TIME_CLAUSE_RE.match(self.text, start)
        if relative:
            return self.publish_year + RELATIVE_YEARS[relative.group(1)]
        return self._period_year(start)

    def _period_year(self, paragraph_start: int) -> int | None:
        period = PERIOD_CLAUSE_RE.match(self.text, paragraph_start)
        return None if period is None else self._year_of_period(period)

    def _periods_in_clauses(self) -> list[tuple[int, int]]:
        """上半年 / 1-9月 opening a clause, with the year offset the publish date gives them."""
        periods = []
        for ending in PERIOD_ENDING_RE.finditer(self.text):
            window_start = max(0, ending.start() - PERIOD_WINDOW_CHARS)
            for period in PERIOD_AT_CLAUSE_RE.finditer(self.text, window_start, ending.end()):
                year = self._year_of_period(period) if period.end() == ending.end() else None
                if year is not None:
                    periods.append((period.start(), year - self.publish_year))
        return periods

    def _year_of_period(self, period: re.Match) -> int | None:
        """1-9月, / 上半年, with no year: the latest such period that had ended when the article came out."""
        if self.publish_month is None or self.publish_year is None:
            return None
        if period["named"] in AHEAD_OR_BEHIND:  # 下半年, 全年: a plan in a mid-year article, results early in the next
            return self.publish_year - 1 if self.publish_month <= LAST_REPORTING_MONTH else self.publish_year
        last_month = int(period["to"] or period["month"]) if period["month"] else PERIOD_END_MONTHS[period["named"]]
        if not 1 <= last_month <= 12:
            return None
        return self.publish_year if last_month <= self.publish_month else self.publish_year - 1

    def _last_year_between(self, start: int, end: int) -> int | None:
        years, relatives = self.years, self.relative_years
        i = bisect_left(self.year_positions, end) - 1
        while i >= 0 and (end - self.local_years.get(years[i][0], end) > LOCAL_YEAR_REACH
                          or (years[i][0] - start > OPENING_CHARS and not self._opens_time_clause(years[i][0])
                              and self._semicolon_between(years[i][0], end))
                          or self._in_bracket_closed_before(years[i][0], end)):
            # 由2018年的2985.3亿元增加到4286.5亿元: 2018 dates only the first; 其中海康威视2022年…；独角兽企业9家:
            # a year inside the sentence stops at its semicolon, a year in brackets (2020年为3.2件) at the bracket
            i -= 1
        absolute = years[i] if i >= 0 and years[i][0] >= start else None
        if relatives and self.publish_year is not None:
            j = bisect_left(self.relative_positions, end) - 1
            relative = relatives[j] if j >= 0 and relatives[j][0] >= start else None
            if relative is not None and (absolute is None or relative[0] > absolute[0]):
                return self.publish_year + relative[1]
        return absolute[1] if absolute else None

    def _opens_time_clause(self, position: int) -> bool:
        """评价数据显示，2022年，…；…: a year that is a clause of its own governs the rest of its sentence."""
        return self.text[position - 1] in "，," and TIME_CLAUSE_RE.match(self.text, position) is not None

    def _in_bracket_closed_before(self, position: int, end: int) -> bool:
        """The year at ``position`` stands in brackets that close before ``end``: （2020年为3.2件）."""
        text, reach = self.text, max(0, position - BRACKET_REACH)
        opening = max(text.rfind("（", reach, position), text.rfind("(", reach, position))
        if opening == -1 or text.find("）", opening, position) != -1 or text.find(")", opening, position) != -1:
            return False
        return text.find("）", position, end) != -1 or text.find(")", position, end) != -1

    def _semicolon_between(self, start: int, end: int) -> bool:
        return self.text.find("；", start, end) != -1 or self.text.find(";", start, end) != -1

    # -- subject ----------------------------------------------------------------------------------
    def subject_at(self, position: int, sentence_start: int | None = None, clause_start: int | None = None) -> str:
        """The zone, city or company a figure belongs to: a zone or city opening its clause
        (…，张江高新区2.6万亿元), a company named earlier in the sentence (其中通视光电已…), a
        zone or city opening the sentence, else the document's main subject; the nearest wins."""
        if sentence_start is None:
            sentence_start, _ = self.sentence(position)
        company_start, company = -1, ""
        if self.companies:
            i = bisect_right(self.company_ends, position) - 1
            if i >= 0 and self.companies[i][0] >= sentence_start \
                    and not self._semicolon_between(self.companies[i][1], position):  # …；独角兽企业9家: not the firm's
                company_start, company = self.companies[i][0], self.companies[i][2]
        if clause_start is not None and clause_start > max(sentence_start, company_start):
            place = self._place_opening_clauses(clause_start, max(sentence_start, company_start))
            if place:
                return place
        if company:
            return company
        subject = self._sentence_subjects.get(sentence_start)
        if subject is None:
            subject = self._place_opening(sentence_start, SENTENCE_SUBJECT_RE) or self.main_subject
            self._sentence_subjects[sentence_start] = subject
        return subject

    def _place_opening_clauses(self, clause_start: int, floor: int) -> str:
        """The zone or city opening this clause or, nearest first, one before it after ``floor``:
        东湖高新区高新技术企业突破4000家，达到4015家 — the zone's, both."""
        ends = self.clause_ends
        k = bisect_left(ends, clause_start - 1)  # ends[k] closes the clause before this one
        for _ in range(MAX_CLAUSES_BACK):
            if clause_start <= floor:
                break
            place = self._clause_places.get(clause_start)
            if place is None:
                place = self._clause_places[clause_start] = self._place_opening(clause_start)
            if place:
                return place
            k -= 1
            clause_start = ends[k] + 1 if k >= 0 else 0
        return ""

    def words_for(self, subject: str) -> tuple[str, ...]:
        """The words the text uses for a subject besides its name: 公司 for a company named before."""
        return COMPANY_ANAPHORS if subject in self.company_names else ()

    def place_named_first(self, name: str) -> str:
        """The zone or city a name opens with (荆门市高新技术企业 -> 荆门市, 杭州地区生产总值 -> 杭州), or ''."""
        return _place_at(name, 0)

    def _place_opening(self, start: int, pattern: re.Pattern = CLAUSE_SUBJECT_RE) -> str:
        """The zone or city named first thing at ``start`` (省会江州市 -> 江州市), or ''."""
        return _place_at(self.text, start, pattern)


def _place_at(text: str, start: int, pattern: re.Pattern = CLAUSE_SUBJECT_RE) -> str:
    """The zone or city named first thing at ``start``: by its suffix (苏州工业园区, 省会江州市 -> 江州市) or,
    for a province or city written without one, by its name (苏州规模以上工业总产值…)."""
    opening = pattern.match(text, start)
    if opening is not None:
        name = opening.group(1).removeprefix("省会").removeprefix("首府")
        if _is_place_name(name) and not text.startswith("等", opening.end()):
            inner = INNER_PLACE_RE.match(text, opening.end())
            return inner.group(0) if inner is not None and _is_place_name(inner.group(0)) else name
    at = start
    if text[at:at + 1] in TIME_OR_SPACE_OPENERS:  # most clauses open otherwise: spare the match
        at = TIME_BEFORE_SUBJECT_RE.match(text, start).end()
    name = bare_place_at(text, at)
    return name if name and text.startswith(BARE_PLACE_FOLLOWERS, at + len(name)) else ""


def _year_given(title: str) -> int | None:
    years = {int(year) for year in TITLE_YEAR_RE.findall(title)}
    return years.pop() if len(years) == 1 else None


def _company_mentions(text: str) -> list[tuple[int, int, str]]:
    """Every mention of a company: where it is introduced, where its name (or short name) recurs,
    and 公司/该公司 opening a clause after it; as (start, end, name), by end."""
    found = [
        (m.start(), m.end(), name) for m in _company_matches(text)
        if (name := _after_introduction(m.group(1))) and not any(word in name for word in GENERIC_NAME_WORDS)
        and not _is_kind_of_company(name) and not name.startswith(NEWS_TIME_WORDS)  # 公司[近日]宣布: when, not who
    ]
    if not found:
        return []
    mentions = set(found)
    for name in {name for _, _, name in found}:  # 星芯微电子去年实现营业收入…: the name again, later
        at = text.find(name)
        while at != -1:
            mentions.add((at, at + len(name), name))
            at = text.find(name, at + len(name))
    introduced = sorted(mentions)
    starts = [start for start, _, _ in introduced]
    at = text.find("公司")
    while at != -1:  # 去年，公司实现营业收入…: the company last named
        opening = ANAPHORIC_OPENING_RE.search(text, max(0, at - ANAPHORA_WINDOW_CHARS), at).start()
        i = bisect_left(starts, opening) - 1
        if i >= 0 and (opening == 0 or text[opening - 1] in CLAUSE_OPENERS) and text[at + 2:at + 3] not in ("数", "总"):
            mentions.add((opening, at + 2, introduced[i][2]))
        at = text.find("公司", at + 2)
    return sorted(mentions, key=lambda mention: (mention[1], mention[0]))


def _after_introduction(name: str) -> str:
    """区内企业西安星芯微电子科技有限公司 -> 西安星芯微电子科技有限公司; 由华锂集团 -> 华锂集团."""
    introduced = name.rfind("企业")
    if introduced != -1 and COMPANY_SUFFIX_RE.search(name, introduced + 4):
        name = name[introduced + 2:]
    at = name.find("在")
    if at >= 2:
        name = name[:at]  # 京东方在成都高新区累计投资: 京东方
    by = max(name.rfind(word) for word in AGENT_WORDS)  # 项目由华锂集团投资建设
    if by != -1:
        name = name[by + 1:]
    name = _without_leading_words(name)
    if not name or name[0] in FUNCTION_CHARS or name.endswith(("有", "的")):
        return ""  # 企业中有研发活动的: no name at all
    return name


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
    for ending in BRAND_ENDING_RE.finditer(text):
        match = BRAND_COMPANY_RE.search(text, max(0, ending.end() - BRAND_NAME_CHARS), ending.end() + COMPANY_VERB_CHARS)
        if match is not None and match.end(1) == ending.end():
            matches.append(match)
    return matches


def _is_kind_of_company(name: str) -> bool:
    return COMPANY_KIND_RE.fullmatch(name) is not None


def _is_place_name(name: str) -> bool:
    """年末全市, 全区, 园区: words around a place, not the name of one."""
    return not name.startswith(NAME_BLOCKLIST_PREFIX) and not _has_generic_place_word(name) \
        and not _is_kind_of_place(name) and not name.endswith(GENERIC_PLACE_ENDINGS) \
        and BARE_SUFFIX_RE.fullmatch(name) is None  # 高新区 alone names no zone


def _is_kind_of_place(name: str) -> bool:
    """智慧城市, 核心片区, 长三角三省: a kind of place, a part of one or a count of them, not a place's name."""
    return _is_kind_of_city(name) or (name.endswith("片区") and GENERIC_AREA_RE.fullmatch(name) is not None) \
        or COUNTED_PLACES_RE.search(name) is not None


def _is_kind_of_city(name: str) -> bool:
    """智慧城市, 文明城市, 创新型城市 are kinds of city; 晋城市, 盐城市 (a two-character 城 name) are cities."""
    return name.endswith("城市") and len(name) != 3


def _has_generic_place_word(name: str) -> bool:
    return GENERIC_PLACE_WORD_RE.search(name) is not None


def _span(ends: list[int], position: int, length: int) -> tuple[int, int]:
    i = bisect_right(ends, position - 1)
    start = ends[i - 1] + 1 if i > 0 else 0
    end = ends[i] if i < len(ends) else length
    return start, end


def _local_year_end(text: str, position: int) -> int:
    """Where 由2018年的 / 较2020年末的 inside a clause ends (0 for other years, and for 2021年的… opening one)."""
    if position == 0 or text[position - 1] in CLAUSE_OPENERS:
        return 0
    dated = YEAR_OF_VALUE_RE.match(text, position + 4)
    return dated.end() if dated else 0


def _blocked(text: str, position: int) -> bool:
    """比2015年 is a comparison base, 12021年 no year at all; but 从2018年的3200亿元 is 2018's."""
    if not position:
        return False
    before = text[position - 1]
    if before.isdecimal() or before == ".":
        return True
    if text.endswith(BASE_OF_RATIO_WORDS, max(0, position - 3), position):
        return True  # 恢复至2019年的71.6%: the year a ratio is taken of, not the figure's
    # 从2018年的3200亿元, 较2020年末的236家: the year of the value that follows
    return before in YEAR_BLOCKERS and not (before in VALUE_YEAR_OPENERS and YEAR_OF_VALUE_RE.match(text, position + 4))


def main_subject(title: str, text: str, publisher: str = "") -> str:
    """The zone, city or province an article is about: named in its title, else the publisher's place
    when the text speaks of 全市/我省 (绍兴市统计局: 全市 is 绍兴市), else the place named most often."""
    scanned = text[:SUBJECT_SCAN_CHARS]
    opening = text[:SUBJECT_FALLBACK_CHARS]
    publishers_place = _publishers_place(publisher) if publisher and WHOLE_OF_PLACE_RE.search(opening) else ""
    for pattern, suffixes in ((ZONE_RE, ZONE_SUFFIX_RE), (CITY_RE, CITY_SUFFIX_RE)):
        names = _names(pattern, suffixes, title)
        if names:  # the title's name the text repeats most (counting substrings is far cheaper than a scan)
            name = max(names, key=lambda n: (scanned.count(n), len(n)))
            # 国家高新区综合评价 from 东川省科学技术厅, whose text speaks of 全省: the province's zones
            return publishers_place if publishers_place and name.startswith("国家") else name
    if publishers_place:
        return publishers_place
    province = next((name for name in PROVINCES if name in title), "")
    if province:
        return province  # 2023年澳门经济运行情况: a province-level place written without its suffix
    # Zones and cities together, the most named first (the first named on a tie): a project's 产业园
    # named once is not what an article about its city is about.
    counts = Counter(_names(ZONE_RE, ZONE_SUFFIX_RE, opening) + _names(CITY_RE, CITY_SUFFIX_RE, opening))
    if any(not name.endswith(TOWN_SUFFIXES) for name in counts):  # a county's towns are not what it is about
        counts = Counter({name: count for name, count in counts.items() if not name.endswith(TOWN_SUFFIXES)})
    return min(counts, key=lambda name: (-counts[name], opening.find(name))) if counts else ""


def _publishers_place(publisher: str) -> str:
    """绍兴市统计局 -> 绍兴市, 泗县统计局 -> 泗县, or ''."""
    for pattern, suffixes in ((ZONE_RE, ZONE_SUFFIX_RE), (CITY_RE, CITY_SUFFIX_RE)):
        names = _names(pattern, suffixes, publisher)
        if names:
            return names[0]
    county = ONE_CHARACTER_COUNTY_RE.match(publisher)
    return county.group(1) if county is not None and county.group(1)[0] not in WHOLE_PLACE_MARKS else ""


def _without_leading_words(name: str) -> str:
    """在长春净月高新区 -> 长春净月高新区; but 国家高新区 stays whole: a bare 高新区 names nothing."""
    leading = LEADING_WORDS_RE.match(name)
    if leading is None:
        return name
    name = name[leading.end():]
    return "国家" + name if leading.group(0).endswith("国家") and BARE_SUFFIX_RE.fullmatch(name) else name


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
        name = _without_leading_words(match.group(0))
        if len(name) >= 3 and not name.endswith(GENERIC_PLACE_ENDINGS) and not _has_generic_place_word(name) \
                and not BARE_SUFFIX_RE.fullmatch(name) and not _is_kind_of_place(name):  # 高新区 alone names no zone
            names.append(name)
    return names
