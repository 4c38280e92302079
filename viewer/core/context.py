"""Where a figure stands in its text: paragraph, sentence, clause; the year that governs it, and the
subject it belongs to (found among the places ``subjects`` knows and the companies ``companies`` knows).

All boundaries are found once per document with a few regex scans and looked up by bisection, so
each figure's context costs a handful of list lookups.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from functools import cached_property
from itertools import chain

from viewer.core.numerals import parse_chinese
from viewer.core.places import bare_place_at
from viewer.core.companies import (
    COMPANY_ANAPHOR_IN_LEAD_RE,
    COMPANY_CONTINUED_RE,
    companies_quoted,
    company_mentions,
    company_opening_title,
)
from viewer.core.subjects import (
    CLAUSE_SUBJECT_RE,
    LEAD_BEFORE_SUBJECT_RE,
    TIME_OR_SPACE_OPENERS,
    PLACE_ANAPHOR_FIRST_CHARS,
    PLACE_ANAPHOR_RE,
    PLACE_LAST_CHAR_RE,
    SENTENCE_SUBJECT_RE,
    TIME_BEFORE_SUBJECT_RE,
    WHOLE_PLACE_OPENING_RE,
    place_after_own_place_word,
    main_subject,
    place_at,
    place_of_level,
    place_of_level_opening_a_clause,
    zone_short_names,
    zone_whose_administration_opens,
)
from viewer.core.vocabulary import CHANGE_VERBS, CLAUSE_OPENERS, LAST_YEAR_NOT_CARRIED_OVER, PLACE_LEVELS, YEAR_PARTS

SENTENCE_END = re.compile(r"[。!?！？\n]")
CLAUSE_END = re.compile(r"[。!?！？\n,;:、，；：]")
WHOLE_YEAR_OPENERS = CLAUSE_OPENERS | frozenset("区市省县")
PARAGRAPH_END = re.compile(r"\n")

# A year a figure can refer to: 2021年 — but not 比2015年 (a comparison base) or 2012年以来 (a span start).
# (These patterns open with literal text, which the regex engine finds fast; what must not stand
# before a match is checked in Python rather than by a lookbehind tried at every character.)
# (2023，这一年，…: a year-end review's opening names its year without 年; a bare number is no year elsewhere)
YEAR_RE = re.compile(r"((?:19|20)\d\d)(?=\s?年|[,，]这一年)(?!\s?年以来|\s?年来)")
# And digits: 12021年 is no year; 是2012年的2.6倍 is a base, 剔除2020年一次性因素后 an exclusion.
YEAR_BLOCKERS = frozenset("比较与同自从于和及是除.")
SPAN_STARTS = frozenset("自从于")
LOCAL_RELATIVE_OPENERS = SPAN_STARTS | {"由"}  # 由上年同期的28%
BASE_OF_RATIO_WORDS = ("恢复至", "恢复到", "相当于")
VALUE_YEAR_OPENERS = frozenset("自从于比较")
# 过去一年 (过去的一年, 刚刚过去的一年) is how work reports, delivered early in a year, name the year before.
PAST_YEAR = "过去的?一年"
RELATIVE_YEARS = {"今年": 0, "本年": 0, "全年": 0, "去年": -1, "上年": -1, "前年": -2, "明年": 1, "过去一年": -1,
                  "过去的一年": -1}
RELATIVE_YEAR_RE = re.compile(rf"今年|本年|去年|{LAST_YEAR_NOT_CARRIED_OVER}|前年|明年|{PAST_YEAR}")
RELATIVE_YEAR_BLOCKERS = frozenset("比较与同")
# The parts of a year a time phrase names: 全年, 上半年, 第一季度, 1-9月 (1—2月 with a dash), 6月底.
PERIOD_WORDS = rf"全年|{YEAR_PARTS}|[\d\-~至—]+月(?:份)?(?:末|底)?"
# 去年, / 过去一年, / 过去的一年里, opening a paragraph: the publish date tells which year it governs.
RELATIVE_TIME_CLAUSE_RE = re.compile(rf"\s*(?:刚刚)?(今年|本年|去年|上年|{PAST_YEAR})(?:以来|里|中|{PERIOD_WORDS})?[,，:：]")
# 1-9月, / 上半年, opening a paragraph: a period of the year the article came out in, or of the one before.
PERIOD_END_MONTHS = {"一季度": 3, "第一季度": 3, "上半年": 6, "前三季度": 9, "下半年": 12, "全年": 12}
AHEAD_OR_BEHIND = ("下半年", "全年")
LAST_REPORTING_MONTH = 2  # a year's results are reported by February; later, 全年 is this year's plan
ANNUAL_REPORT_MONTH = 5  # statistical communiqués of a year come out by the spring after it
ANNUAL_REPORT_TITLE_RE = re.compile(r"统计公报|国民经济和社会发展")
WHOLE_YEAR_RE = re.compile(r"全年|年末|年底")
AIM_WORDS = frozenset({"力争", "确保", "争取", "预计", "计划"})  # 力争全年…: the year the article came out in
PERIOD_PHRASE = (
    r"(?:截至|截止到?)?(?:(?P<month>\d{1,2})(?:[\-~至—](?P<to>\d{1,2}))?月份?[末底]?|前(?P<months>\d{1,2})个月|(?P<named>"
    + "|".join(PERIOD_END_MONTHS) + r"))"
)
PERIOD_CLAUSE_RE = re.compile(rf"\s*{PERIOD_PHRASE}[,，:：]")
# 上半年 / 1-9月 opening a clause inside a sentence (记者了解到，上半年全市…): found from its last
# characters (literal text is searched fast), then read whole in a short window before them.
PERIOD_ENDING_RE = re.compile(r"月份?[末底]?|季度|半年")
PERIOD_AT_CLAUSE_RE = re.compile(rf"(?<![\d\u4e00-\u9fff]){PERIOD_PHRASE}")
PERIOD_WINDOW_CHARS = 8
# 1-9月, 前三季度, 上半年: a part of a year named by a range or a quarter (a lone 6月 may be a day's month); a bulletin
# of such months gives its 累计 rates against the same months of last year.
PART_OF_YEAR_RE = re.compile(r"\d{1,2}\s?[\-~至—]\s?\d{1,2}月|前\d{1,2}个月|[一二三四]季度|上半年")
DASH_ITEM = "——"  # a work report's list of achievements, one paragraph each
# 2023年是全面贯彻党的二十大精神的开局之年。: the year a paragraph (of a work report) is about; 今年是…的关键一年。
# names it from the publish date.
YEAR_IS_RE = re.compile(r"\s*(?:((?:19|20)\d\d)\s?年|(今年|本年|去年|明年))是")
# ——2024年1月28日在青岚县第十八届人民代表大会第四次会议上: when and where a report was given.
DATELINE_RE = re.compile(r"(?:——)?(?:19|20)\d\d年\d{1,2}月\d{1,2}日在[^\n。]{2,50}?(?:会议|大会)上")
DATELINE_CHARS = 200  # it stands under the title
# 创新主体持续壮大。: a short topic sentence opening a paragraph, before its time phrase.
TOPIC_SENTENCE_RE = re.compile(r"[^。！？\n\d,，]{2,20}。")
# 6月16日，… / 9月21日上午，… opening a paragraph: the day of the news, its year the publish date's (or the one
# before, for a month after the publish month); 将 after it (将在…举办) is an event still ahead, dating nothing.
NEWS_DAY_RE = re.compile(r"\s*(\d{1,2})月\d{1,2}日(?:[至\-—~](?:\d{1,2}月)?\d{1,2}日)?(?:上午|下午|晚间|晚上|晚)?[,，]")
NEWS_DAY_REACH = 4  # where 月 of a day opening a paragraph stands at most
AHEAD_WORD = "将"
# 将企业开办环节压减至2个: 将 taking an object to a figure (as 把 does), told of what was done; not 将达到 (what will be).
RESULT_OF_OBJECT_RE = re.compile(r"(?<!达)[至到](?=[\d一二三四五六七八九十两百千万])")
# 2024年，安平高新区将锚定…目标: a sentence about a year still to come looks ahead to it.
LOOK_AHEAD_RE = re.compile("|".join(("(?<!即)" + AHEAD_WORD, "目标", *AIM_WORDS)))  # (2023年即将过去: it is ending)
FIRST_DIGIT_RE = re.compile(r"\d")
DAY_OF_MONTH_RE = re.compile(r"\d{1,2}日")  # 8月10日: a day, not the month 8月 as a period
DAY_RE = re.compile(r"(?:\d{1,2}月)?\d{1,2}日")  # 1月10日, 10日: the day of the news, no figure
# 初步核算，2023年全省… : a lead-in clause before the time phrase that governs a paragraph; what a source shows
# or says (评价结果显示，数据表明，报告指出，) is one, and so is the topic it turns to (创新方面，2022年…, 从单个园区看，…).
PARAGRAPH_LEAD_IN_RE = re.compile(
    r"\s*(?:\d{1,2}月\d{1,2}日[,，])?"  # 5月13日，记者从…获悉，: the news's day first
    r"(?:(?:经?初步核算|据初步核算|据统计|[\u4e00-\u9fff]{0,6}(?:显示|表明|指出)|据了解|据悉|据介绍"
    r"|在?[\u4e00-\u9fff]{1,10}?方面|在[\u4e00-\u9fff]{1,10}?上|从[\u4e00-\u9fff]{1,10}?看"  # a topic turned to
    r"|[\u4e00-\u9fff]{0,6}(?:报告|公报)中?(?:提出|称)"  # 报告指出，去年全区…: a report's words
    r"|记者(?:从[^,，。]{1,20})?(?:获悉|了解到))[,，]|答[:：])"  # 答：2023年，…: an interview's answer
)
# 城镇化率由48.2%提高到56.7%, 文盲率由2.87%下降为1.77%: the value a change starts from; its year is not the one
# governing the sentence.
CHANGE_TO = rf"(?:{CHANGE_VERBS}|回升|回落|跃升|攀升|扩大|扩展|拓展|缩小|增|降|升)(?:到|至|为)"
CHANGE_TO_AFTER_BASE_RE = re.compile(CHANGE_TO)
CHANGE_TO_BEFORE_RE = re.compile(CHANGE_TO + "$")
# 由2012年的128.6亿元增长到2022年的412.3亿元；规模以上工业总产值由186亿元增长到728亿元: the years the first change
# states are those of the changes listed after it.
BASE_YEAR_OF_CHANGE_RE = re.compile(r"[由从]((?:19|20)\d\d)\s?年[末底]?的")
END_YEAR_OF_CHANGE_RE = re.compile(CHANGE_TO + r"((?:19|20)\d\d)\s?年[末底]?的")
BEFORE_CHANGE_VALUES = "由从到至的"  # the character before a figure that starts or ends a change (五年前的…)
# 较五年前的221.4亿元, 与五年前相比，…由9.8亿元增加到15.3亿元, 五年来…由58.2%提高到64.7%: a base so many years
# before the year governing the sentence.
YEARS_AGO_RE = re.compile(r"(?:过去|近)?([两二三四五六七八九十]|\d)年(?:前|来)")
YEARS_AGO_VALUE_RE = re.compile(r"(?:[两二三四五六七八九十]|\d)年前的$")
# 比2010年第六次全国人口普查的45.93万人, 与2010年第六次全国人口普查的3512309人相比: the base a figure is compared
# with, of the year named (比2010年多出的…, a difference, is none).
BASE_OF_COMPARISON_RE = re.compile(r"[比较与同]((?:19|20)\d\d)\s?年[^，。；,;\d增减升降提多少比]{0,16}的$")
BASE_OF_COMPARISON_REACH = 24
# 2022年，…占全部投资比重由上年的38.2%提高到41.5%: the base is the year before the one governing the sentence;
# so is the base a rate is compared with (增长10.5%，较去年同期的8.2%提高2.3个百分点).
LAST_YEARS_VALUE_RE = re.compile(r"[由从较比](?:上年|去年)(?:同期|末|底)?的$")
# 五年累计完成…, 过去五年，…, 十年来, “十五”期间，…: figures summed or changed over several years (a five-year plan's:
# “十五” is the tenth), of no one year unless one is said.
SPAN_OF_YEARS_RE = re.compile(r"(?:过去|近)?(?:[两二三四五六七八九十]|\d{1,2})年(?:来|间|累计|中)|过去(?:[两二三四五六七八九十]|\d{1,2})年"
                              r"|十[一二三四五六七八九]?五[”\"]?(?:时期|期间|以来)")
SPAN_WORDS = ("年来", "年间", "年累计", "过去", "期间", "时期", "以来")
# 累计完成, 新建改扩建中小学32所, 新增学位2.6万个: what was done over the span, summed (a level it reached, 达到702家,
# is of its last year).
SUM_OVER_SPAN_RE = re.compile(r"累计|新增|新建|改扩建|新开工|建成(?!区)|改造|实施|引进|培育|新认定|认定")
# 目前, 如今 anywhere before a figure in its sentence (…三十年来，园区…发展到如今规划面积128平方公里): it tells of now, not
# of the year an earlier sentence or the paragraph's opening names; so does 现有 right after a place or a company
# (光谷现有两院院士67名, 全区现有孵化器46家, 公司现有员工900人: what it now has), not 推动现有企业 (those that exist).
PRESENT_WORDS_RE = re.compile(r"目前|当前|现在|如今|迄今|至今|(?<=[区市省县镇乡村城园谷内司])现有")
# 从往年情况看，四季度经济总量通常占全年的28%左右: what past years show in general, of no one year; 往年 opening a clause
# (after 从, 按, 据 or alone), not 比往年 (a base) nor 一改往年 (a change from them).
PAST_YEARS_WORD = "往年"
PAST_YEARS_OPENERS = frozenset("从按据依")
OPENING_YEAR_RE = re.compile(r"(?:截至|截止到?|到|至|在)?((?:19|20)\d\d)\s?年(?![的以来])")
# 报告指出，去年全区新开工…: a year relative to the publish date right after a lead-in, not a base (去年同期的).
OPENING_RELATIVE_YEAR_RE = re.compile(rf"(今年|本年|去年|{LAST_YEAR_NOT_CARRIED_OVER}|{PAST_YEAR})(?!同期|的|以来)")
# 由2018年的2985.3亿元增加到4286.5亿元: a year before 的 dates the figure right after it, not those after.
# 预计2025年投产，达产后年产值20亿元: a year a deed (commissioning, completion) ends its clause with dates the deed, not
# the figures after it, which are what the works will yield a year.
DEED_AFTER_YEAR_RE = re.compile(
    r"\s?年(?:年?[底末内]|上半年|下半年)?前?(?:建成|投产|达产|竣工|投用|开工|完工)(?:投产|投用|运营|使用)?(?=[,，;；。])")
LOCAL_YEAR_REACH = 3  # characters between 年的 and the figure: 由2018年的近2985.3亿元
RELATIVE_OF_VALUE_RE = re.compile(r"(?:同期|末|底)?的")
YEAR_OF_VALUE_RE = re.compile(r"\s?年[末底]?的")
# 2021年, / 2021年全年, / 2021年1-9月, / 截至2021年底, : a first clause that is only a time phrase.
TIME_CLAUSE_RE = re.compile(
    r"\s*(?:截至|截止到?|到|至)?((?:19|20)\d\d)\s?年"
    rf"(?:{PERIOD_WORDS}|[底末]|年[底末]|度)?[,，:：]"
)

# A headline's own year (2023年全省科技创新主要指标稳步提升), not a span (2012年以来) or a base (比2020年).
# 2035年远景目标: an aim; 数说2023, 数读2023: a WeChat review's year, written with no 年.
TITLE_YEAR_RE = re.compile(r"(?<![比较自从\d])((?:19|20)\d\d)(?:\s?年(?!以来|来|远景)|(?<=数[说读]\d{4})(?!\d))")
TITLE_SPAN_RE = re.compile(r"以来|来")
WORK_REPORT_TITLE_RE = re.compile(r"工作报告")
WORK_REPORT_MONTH = 2  # work reports are given at the sessions of January to March
PERIOD_IN_TITLE_RE = re.compile(rf"(?<!\d){PERIOD_PHRASE}")

# A five-year plan named by its number (“十四五”, 第十四个五年规划): the tenth ended in 2005, each next one five years on.
PLAN_PERIOD_RE = re.compile(r"十([一二三四五六])五|第十([一二三四五六])个五年")
TENTH_PLAN_END_YEAR, PLAN_YEARS = 2005, 5
TARGET_AFTER_FIGURE_RE = re.compile(r"[-\d.]+[^\d，。；、,;]{0,6}?目标")  # 新增5万人目标
# A plan, and the year it aims at: 到2025年, 至2035年.
PLAN_TITLE_RE = re.compile(r"规划|纲要|行动计划|行动方案|实施方案|实施意见")
TARGET_YEAR_RE = re.compile(r"(?:到|至)((?:19|20)\d\d)\s?年")

# 一、2023年工作回顾 / 第二部分: a top-level section heading; a year in it governs the section. An infographic's
# headings set their year or number apart by a dot or a bar: 2023年 · 成绩单, 2024年｜主要预期目标, 01 | 经济总量.
HEADING_SEPARATORS = "·•|｜丨"
SECTION_HEADING_RE = re.compile(
    r"^(?:(?:[一二三四五六七八九十]{1,3}、|第[一二三四五六七八九十]{1,3}部分)[^\n。！？]{0,40}"
    rf"|(?:(?:19|20)\d\d年|\d{{1,2}})[^\S\n]*[{HEADING_SEPARATORS}][^\S\n]*[^\n\d。！？，,；;{HEADING_SEPARATORS}]{{1,16}})$",
    re.MULTILINE,
)

# 三、重点工作 / 三、主要任务: a section heading naming work ahead, of the plan's year a heading before it names.
PLAN_HEADING_RE = re.compile(r"重点工作|重点任务|主要任务|工作任务|工作安排|工作部署|主要举措|工作举措|下一步|目标|计划|打算")

# 今年全市主要预期目标是：\n地区生产总值增长6%左右\n…: a paragraph announcing targets listed in the paragraphs after it
# (a table's rows, or lines of their own); the list runs on to a paragraph with a year of its own or a section heading.
TARGETS_ANNOUNCED_RE = re.compile(r"目标(?:任务)?(?:是|为)?[：:][ \t\u3000]*$", re.MULTILINE)
TARGET_LIST_PARAGRAPHS = 12  # how many paragraphs such a list runs to at most

# 【经济发展】, 【科技创新】: a line naming the section of figures under it.
BRACKETED_HEADING_RE = re.compile(r"【[^】\n]{1,12}】")

PLACE_OF_LEVEL_REACH = 300  # how far back in its paragraph a 全区 looks for the 区 it stands for
WHOLE_PLACE_REACH = 20  # a connective and a time phrase, then 全县 or 我省
OWN_PLACE_MARKS = ("我", "本")  # 我市, 本区: the speaker's own place
WHOLE_PLACE_WORD_RE = re.compile(f"[全我本][{PLACE_LEVELS}]")  # most clauses have none near their start: spare the match
PLACES_PAIRED_BY = tuple("和与及、")
MAX_CLAUSES_BACK = 2  # how far back in its sentence a figure looks for a place opening a clause
BRACKET_REACH = 12  # （2020年为3.2件）: how far before a year its bracket may open
# 1998年设立，2015年升级为国家级高新区: a zone's founding and upgrade are its history, not the year it is written about.
FOUNDING_AFTER_YEAR_RE = re.compile(r"\s?年(?:[\d一二三四五六七八九十]{1,2}月(?:[\d一二三四五六七八九十]{1,3}日)?)?(?:经[^，。,]{1,8}?)?"
                                    r"(?:正式)?(?:设立|成立|组建|创建|建立|获批|批准|升级|开园|挂牌|建区)")
OPENING_PARAGRAPHS = 2  # a news lead (after a scene or a byline) names the year the article is about
OPENING_CHARS = 5  # a year this close to its sentence's start (初步核算，2023年) governs the whole sentence
# A report about one year (统计公报, 经济运行情况) dates every figure it does not date otherwise.
STATISTICAL_TITLE_RE = re.compile(
    r"((?:19|20)\d\d)年(?:度)?.{0,20}(?:统计公报|国民经济和社会发展|经济运行|主要经济指标|统计数据|发展情况|发展报告|年度报告|年报|工作总结)"
)
# A census (人口普查, 经济普查) counts as of its standard time point, named in its opening (以2020年11月1日零时为标准时点,
# 现将2020年11月1日零时我市常住人口…公布如下, 截至2020年11月1日零时): every figure is of that year unless its clause
# says otherwise (与2010年…相比: the base's); 自2024年1月1日零时起 (a rule coming into force) is none.
STANDARD_TIME_POINT_RE = re.compile(r"((?:19|20)\d\d)年\d{1,2}月\d{1,2}日(?:零时(?!起)|(?:零时|24时)?为标准时点)")
CENSUS_WORD = "普查"
STANDARD_TIME_POINT_CHARS = 400  # it stands in the opening paragraph, after the title and the publishing office


# 成都天府国际生物城: the article's own place (成都, 成都市) before a place its table lists, no more than this long.
MAX_OWN_PLACE_BEFORE_TABLE_PLACE = 4

class TextContext:
    """Boundaries, years and subjects of one document's normalised text."""

    def __init__(self, text: str, title: str = "", publish_year: int | None = None, publish_month: int | None = None,
                 publisher: str = "", table_places: frozenset[str] = frozenset()):
        self.text = text
        # the places a table's rows are of (天府国际生物城), named so in the text too; the longest first, so that of two
        # that start alike the whole name is found, whatever order the set holds them in
        self.table_places = sorted(table_places, key=lambda place: (-len(place), place))
        if publish_year is None and WORK_REPORT_TITLE_RE.search(title):
            publish_year, publish_month = _year_given(title), WORK_REPORT_MONTH  # 2024年政府工作报告: given early in 2024
        self.publish_year = publish_year
        self.publish_month = publish_month
        report = STATISTICAL_TITLE_RE.search(title)
        self.document_year = int(report.group(1)) if report else self._title_year(title) or _census_year(text)
        self.sentence_ends = [m.start() for m in SENTENCE_END.finditer(text)]
        self.clause_ends = [m.start() for m in CLAUSE_END.finditer(text)]
        self.paragraph_ends = [m.start() for m in PARAGRAPH_END.finditer(text)]
        self.years = [(m.start(), int(m.group(1))) for m in YEAR_RE.finditer(text) if not _blocked(text, m.start())]
        self.year_positions = [p for p, _ in self.years]
        self.local_years = {p: end for p, _ in self.years if (end := _local_year_end(text, p))}
        self.bracketed_years = {p: close for p, _ in self.years if (close := _bracket_closing(text, p)) != -1}
        self.deed_years = {p: m.end() for p, _ in self.years if (m := DEED_AFTER_YEAR_RE.match(text, p + 4))}
        self.relative_years = [
            (m.start(), RELATIVE_YEARS[m.group()]) for m in RELATIVE_YEAR_RE.finditer(text)
            if not (m.start() and text[m.start() - 1] in RELATIVE_YEAR_BLOCKERS)
        ]
        self.local_relative_years = {p: end for p, _ in self.relative_years if (end := _local_relative_end(text, p))}
        if publish_year is not None and publish_month is not None:
            self.relative_years = sorted(self.relative_years + self._periods_in_clauses())
        self.relative_positions = [p for p, _ in self.relative_years]
        self.main_subject = main_subject(title, text, publisher)
        self._title, self._publisher = title, publisher
        self._places_of_levels: dict[str, str] = {}
        self.companies = company_mentions(text)  # by end, for the bisection in subject_at
        self.company_names = frozenset(name for _, _, name in self.companies)
        self.company_ends = [end for _, end, _ in self.companies]
        # 江州高新集团成功发行15亿元科创债: the figures no place or company of their own claims are the company's
        self.default_subject = self._company_of_title(title) or self.main_subject
        self._sentence_subjects: dict[int, str] = {}
        self._continued_companies: dict[tuple[int, int], str] = {}
        self._clause_places: dict[int, str] = {}
        self._lead_in_places: dict[int, tuple[int, str]] = {}
        self._whole_year_positions: list[int] | None = None
        self._whole_years: dict[int, int] = {}
        self._paragraph_years: dict[int, int | None] = {}
        self._targets_announced: list[int] | None = None
        self._present_positions: list[int] | None = None
        self._past_years_positions = self._find_past_years() if PAST_YEARS_WORD in text else []
        self._sentence_years: dict[tuple[int, bool], int | None] = {}
        self._opening_years: dict[int, int | None] = {}
        self.article_year = self._sole_year() or self._target_year(title)
        self.plan_end_year = _plan_end_year(title) if "目标" in text else None  # “十四五”规划中期评估: 2025's targets
        self.names_aims = "目标" in text or "力争" in text or "确保" in text or "预期" in text  # most texts name none
        self._spans = any(word in text for word in SPAN_WORDS)  # 五年累计…, 过去五年: looked for only where said
        self._aimed_whole_years: set[int] = set()
        self.annual_report = ANNUAL_REPORT_TITLE_RE.search(title) is not None
        self.sections = self._section_years()
        self.section_starts = [start for start, _ in self.sections]

    def _company_of_title(self, title: str) -> str:
        """The company the title opens with, when the text names it before it opens a sentence with a place (9月13日，
        江州高新区发展集团有限公司…发行…: the company's news; 江城经开区比亚迪基地…: the place's, whatever the title); else ''."""
        company = company_opening_title(title, self.text, self.companies) if title else ""
        if not company:
            return ""
        named = self.text.find(company)
        sentence_start = 0
        while sentence_start <= named:
            if self._place_opening(sentence_start, SENTENCE_SUBJECT_RE):
                return ""
            sentence_start = self.sentence(sentence_start)[1] + 1
        return company

    def _title_year(self, title: str) -> int | None:
        """The one year a headline names (2023年全省科技创新主要指标稳步提升), or the period it names
        (潍坊高新区一季度经济运行情况, 今年上半年…), dated from the publish date."""
        if WORK_REPORT_TITLE_RE.search(title):
            return None  # 2024年政府工作报告: the year it is given in; its figures are mostly the year before's
        if TITLE_YEAR_RE.search(title):
            return _year_given(title)
        if self.publish_year is None:
            return None
        relative = RELATIVE_YEAR_RE.search(title)
        if relative is not None and not TITLE_SPAN_RE.search(title):
            return self.publish_year + RELATIVE_YEARS[relative.group()]
        period = PERIOD_IN_TITLE_RE.search(title)
        return None if period is None else self._year_of_period(period)

    def _sole_year(self) -> int | None:
        """The one year an article is about: named in its opening paragraphs (2023年，青山县实现…), the
        only one its text names (bases of comparison, 比2020年, aside), and the year it came out in or the one before."""
        # (由2012年的…增长到2021年的…: a review of years, not one; the day a report was given dates none of its figures)
        dateline = DATELINE_RE.search(self.text, 0, DATELINE_CHARS)
        given = range(dateline.start(), dateline.end()) if dateline else range(0)
        founding = {position for position, _ in self.years if FOUNDING_AFTER_YEAR_RE.match(self.text, position + 4)}
        years = {year for position, year in self.years
                 if position not in given and position not in founding and not self._looks_ahead_to(position, year)}
        opening = self._opening_paragraphs()
        opening_end = opening[-1][1] if len(opening) == OPENING_PARAGRAPHS else len(self.text)
        # 始建于1992年，2010年升级为国家级高新区: the zone's history opening a profile dates none of its figures
        first_dated = next((position for position in self.year_positions if position not in founding), len(self.text))
        news_day = self._opening_news_day([start for start, _ in opening], opening_end)  # 6月16日，…大会开幕: dated as 2025年6月16日 would be
        if news_day is not None:
            if self._news_lead(news_day[1], opening_end, given, founding):
                return news_day[1]
            years.add(news_day[1])
            first_dated = min(first_dated, news_day[0])
        if self.publish_year is not None:
            # 今年国庆假期，…: in an article naming no year, dated as 2025年国庆假期 would be (由上年同期的28% aside)
            relatives = [(position, offset) for position, offset in self.relative_years
                         if position not in self.local_relative_years]
            if years:  # 2020年，中车株洲所实现… after 今年前三季度，… opening it: not the one year it is about
                relatives = [(position, offset) for position, offset in relatives[:bisect_left(
                    self.relative_positions, opening_end)] if self._names_year_it_is_about(position, offset)]
            elif relatives:
                first_dated = relatives[0][0]
            years.update(self.publish_year + offset for _, offset in relatives)
        if len(years) != 1:
            return None
        if first_dated >= opening_end:
            return None  # a feature that dates one paragraph of many is not about that year
        year = years.pop()
        if self.publish_year is None:  # a yearbook's entry: the year its opening names, its founding aside
            undated = "今年" in self.text or "去年" in self.text  # which year is 今年, nothing says
            sectioned = SECTION_HEADING_RE.search(self.text) is not None  # 一、2023年回顾 … 二、下一步打算
            return None if undated or sectioned or self._aimed_at(year) else year
        return year if 0 <= self.publish_year - year <= 1 else None

    def _names_year_it_is_about(self, position: int, offset: int) -> bool:
        """今年 / 去年 at ``position`` names a year an article is about: not a month (3月中旬，记者走进…: the reporter's
        visit), nor a year its sentence looks ahead to (今年，全区将…)."""
        return RELATIVE_YEAR_RE.match(self.text, position) is not None \
            and not self._looks_ahead_to(position, self.publish_year + offset)

    def _news_lead(self, year: int, opening_end: int, given: range, founding: set[int]) -> bool:
        """A news day of ``year`` leads the article and its opening paragraphs name no other year (6月16日，…开园。开园当天，
        首批16家企业入驻…): the report is of the event, that year; a later paragraph's own year (2020年，全区…) is background."""
        for position, named in self.years:
            if position >= opening_end:
                break
            if named != year and position not in given and position not in founding \
                    and not self._looks_ahead_to(position, named):
                return False
        opening_relatives = self.relative_years[:bisect_left(self.relative_positions, opening_end)]
        return all(self.publish_year + offset == year for position, offset in opening_relatives
                   if position not in self.local_relative_years)

    def _looks_ahead_to(self, position: int, year: int) -> bool:
        """2024年，安平高新区将锚定…, 力争到2025年…: an outlook's year, not before the year the text came out in,
        whose sentence looks ahead before it states a figure, or a target's (到2025年) in a text that names the year
        it came out in; not a year the article is about (2024年上半年，全区实现…，预计全年将…: a review, then an outlook)."""
        if self._aimed_year_at(position):
            return self.publish_year is not None
        if self.publish_year is not None and year < self.publish_year:
            return False
        if self.publish_year is not None and self.text[position - 2:position] in AIM_WORDS:
            return True  # 力争2024年服务企业超过2000家: an aim's year, not one the article is about
        sentence_end = self.sentence(position)[1]
        before_figure = FIRST_DIGIT_RE.search(self.text, position + len("2024年"), sentence_end)
        return LOOK_AHEAD_RE.search(self.text, position, before_figure.start() if before_figure else sentence_end) is not None

    def _opening_paragraphs(self) -> list[tuple[int, int]]:
        """(start, end) of the opening paragraphs; a section's bracketed heading line (【经济发展】 over the
        figures of a year-end review) is none of them, but heads the paragraphs after it."""
        opening: list[tuple[int, int]] = []
        start = 0
        for end in chain(self.paragraph_ends, (len(self.text),)):  # (no copy of a long text's list)
            if not (self.text.startswith("【", start) and BRACKETED_HEADING_RE.fullmatch(self.text, start, end)):
                opening.append((start, end))
                if len(opening) == OPENING_PARAGRAPHS:
                    break
            start = end + 1
        return opening

    def _opening_news_day(self, starts: list[int], opening_end: int) -> tuple[int, int] | None:
        """The day of the news opening one of the opening paragraphs, as (its position, its year), or None."""
        if self.publish_month is None:
            return None
        for start in starts:
            year = self._news_day_year(start) if start < opening_end else None
            if year is not None:
                return start, year
        return None

    def _aimed_at(self, year: int) -> bool:
        """到2025年突破1.5万亿元: the year is a target's."""
        return any(named == year and self._aimed_year_at(position) for position, named in self.years)

    def _aimed_year_at(self, position: int) -> bool:
        """The year at ``position`` follows 到/至 (截至2023年底 is no aim)."""
        return self.text[position - 1:position] in ("到", "至") and self.text[position - 2:position] != "截至"

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
        if self.plan_end_year is not None and (target := self._plan_target_year(position)) is not None:
            return target
        year = self._last_year_between(sentence_start, position)
        if year is not None:
            return year
        if self._over_years(sentence_start, position) or self._past_years_before(sentence_start, position):
            return None
        now = self._now_before(sentence_start, position)
        year = self._sentence_years.get((sentence_start, now), -1)
        if year == -1:  # the sentence's other figures ask again
            year = self._sentence_years[sentence_start, now] = self._year_around(sentence_start, now)
        if year is None and self.document_year is None:
            year = self._whole_year_in(sentence_start, position)
        if year is None:
            if now and (self.document_year is None or self._before_publishing(self.document_year)):
                return None  # 去年，公司实现…。\n目前公司员工近900人: now, not the year the article (or its title) is about
            year = self.article_year if self.document_year is None else self.document_year
            if year is not None and self._before_publishing(year) and self._ahead_before(sentence_start, position):
                return None  # 园区将设立规模百亿元的母基金 under a headline of 去年's figures: still to come, not last year's
        return year

    def _before_publishing(self, year: int) -> bool:
        return self.publish_year is not None and year < self.publish_year

    def _ahead_before(self, sentence_start: int, position: int) -> bool:
        """将 stands in the sentence before ``position`` (园区将设立…), not 即将 nor 将近: what it tells is still to come;
        not 将 taking an object to the figure (将企业开办环节压减至2个: done to it, as 把 is)."""
        at = self.text.find(AHEAD_WORD, sentence_start, position)
        while at != -1 and (self.text[at - 1:at] == "即" or self.text.startswith("将近", at)):
            at = self.text.find(AHEAD_WORD, at + 1, position)
        return at != -1 and not RESULT_OF_OBJECT_RE.search(self.text, at + 2, self.clause(at)[1])

    def _now_before(self, sentence_start: int, position: int) -> bool:
        """目前, 如今, 全区现有 stands in the sentence before ``position``: what it tells is of now."""
        if self._present_positions is None:  # found once, as literal text, when first asked for
            self._present_positions = [m.start() for m in PRESENT_WORDS_RE.finditer(self.text)]
        i = bisect_left(self._present_positions, sentence_start)
        return i < len(self._present_positions) and self._present_positions[i] < position

    def _find_past_years(self) -> list[int]:
        """Where 往年 opens a clause (从往年情况看，…, 往年，…)."""
        positions = []
        for match in re.finditer(PAST_YEARS_WORD, self.text):
            at = match.start()
            if at and self.text[at - 1] in PAST_YEARS_OPENERS:
                at -= 1
            if at == 0 or CLAUSE_END.match(self.text, at - 1):
                positions.append(match.start())
        return positions

    def _past_years_before(self, sentence_start: int, position: int) -> bool:
        """往年 opens a clause of the sentence before ``position``: what it tells holds over past years, of none."""
        i = bisect_left(self._past_years_positions, sentence_start)
        return i < len(self._past_years_positions) and self._past_years_positions[i] < position

    def _over_years(self, sentence_start: int, position: int) -> bool:
        """五年累计完成固定资产投资1380亿元, 过去五年，…新增学位2.6万个: a sum over several years (过去一年 is one);
        the levels such a review reaches (高新技术企业达到1380家) are of its last year."""
        if not self._spans:
            return False
        clause_start = self.clause(position)[0]
        if SUM_OVER_SPAN_RE.search(self.text, clause_start, position) is None:
            return False
        start = self.paragraph(sentence_start)[0]  # 过去五年，… or 五年来 earlier in the paragraph spans what follows
        return any(self.text.find(word, start, position) != -1 for word in SPAN_WORDS) \
            and SPAN_OF_YEARS_RE.search(self.text, start, position) is not None

    def figure_year(self, start: int, end: int, sentence_start: int) -> int | None:
        """The year of the figure at ``start``:``end``: as :meth:`year_at`, but for the start of a change whose year
        is not stated (由48.2%提高到56.7%: 2024年 or 过去五年 around it dates the 56.7%), none, the year so many years
        before (与五年前相比，…由9.8亿元…), or the year an earlier change of the sentence states (由2012年的…增长到
        2022年的…；…由186亿元增长到728亿元); 由2020年的48.2% is dated by its own year."""
        text = self.text
        before = text[start - 1:start]
        if not before or before not in BEFORE_CHANGE_VALUES:  # most figures: spare the matches
            return self.year_at(start, sentence_start)
        if before == "的" and (base := LAST_YEARS_VALUE_RE.search(text, max(0, start - 8), start)) \
                and (year := self.year_at(base.start(), sentence_start)) is not None:
            return year - 1
        if before == "的" and (base := BASE_OF_COMPARISON_RE.search(text, max(0, start - BASE_OF_COMPARISON_REACH), start)):
            return int(base.group(1))
        starts_change = before in ("由", "从") and CHANGE_TO_AFTER_BASE_RE.match(text, end)
        if not starts_change and not YEARS_AGO_VALUE_RE.search(text, max(0, start - 4), start):
            ends_change = before in ("到", "至") and CHANGE_TO_BEFORE_RE.search(text, max(0, start - 4), start)
            parallel = self._year_of_parallel_change(sentence_start, start, END_YEAR_OF_CHANGE_RE) if ends_change \
                else None
            return parallel or self.year_at(start, sentence_start)
        if parallel := self._year_of_parallel_change(sentence_start, start, BASE_YEAR_OF_CHANGE_RE):
            return parallel
        ago = YEARS_AGO_RE.search(text, sentence_start, start) if "年" in text[sentence_start:start] else None
        year = self.year_at(start, sentence_start) if ago is not None else None
        if year is None:
            return None
        years = ago.group(1)
        return year - (int(years) if years.isdecimal() else int(parse_chinese(years)))

    def _year_of_parallel_change(self, sentence_start: int, start: int, pattern: re.Pattern) -> int | None:
        """The year an earlier change of the sentence states for its start or end, when nothing between it and
        ``start`` states another: the changes listed after it run over the same years."""
        if self.text.find("年", sentence_start, start) == -1:
            return None
        years = list(pattern.finditer(self.text, sentence_start, start))
        if not years or any(self.text[other.start() - 1] not in "到至"
                            for other in YEAR_RE.finditer(self.text, years[-1].end(), start)):
            return None  # (the end year of that first change, 增长到2022年的, states no other)
        return int(years[-1].group(1))

    def _plan_target_year(self, position: int) -> int | None:
        """规划目标值为1350亿元, 累计新增5万人目标: a plan's target, in a review of the plan the title names,
        is for the plan's last year unless its clause dates it; 完成目标的86% is progress, not a target."""
        clause_start, _ = self.clause(position)
        named_before = self.text.rfind("目标", clause_start, position)
        if named_before != -1 and self.text.find("的", named_before, position) == -1 \
                or TARGET_AFTER_FIGURE_RE.match(self.text, position):
            return self._last_year_between(clause_start, position) or self.plan_end_year
        return None

    def _year_around(self, sentence_start: int, now: bool) -> int | None:
        """The year that governs a sentence stating none: the one before it (其中, … goes on), a time
        clause opening an earlier sentence of its paragraph, its paragraph's heading year, its section's; for what
        is ``now``, not an earlier sentence's year nor a past one heading the paragraph."""
        if sentence_start and self.text.startswith("其中", sentence_start):
            if self.text[sentence_start - 1] == "\n":  # 其中 opening a paragraph goes on with the one before
                return self.year_at(sentence_start - 1) if sentence_start > 1 else None
            year = self._last_year_between(self.sentence(sentence_start - 1)[0], sentence_start)
            if year is not None:
                return year
        paragraph_start, _ = self.paragraph(sentence_start)
        quote_start = self._quote_open_at(sentence_start, paragraph_start)
        if quote_start is not None and not now:  # the nearest time clause in the quote, else the year opening it
            year = self._year_opening_earlier_sentence(sentence_start, quote_start)
            if year is None:
                year = self._time_clause_year(quote_start)
            if year is None:
                year = self._last_year_between(quote_start, self.clause(quote_start)[1])
            if year is not None:
                return year
        year = None if now else self._year_opening_earlier_sentence(sentence_start, paragraph_start)
        if year is not None:  # (去年，公司实现…。目前公司员工近900人: now, not last year)
            return year
        year = self._paragraph_year(paragraph_start)
        if year is not None and self.publish_year is not None and year < self.publish_year \
                and sentence_start > paragraph_start and now:
            return None  # 去年，该区外贸进出口总额…。目前，区内跨境电商企业超过80家: now, not the year before
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
        if self.article_year is not None:
            return self.article_year  # the one year the article speaks of
        last_month = ANNUAL_REPORT_MONTH if self.annual_report else LAST_REPORTING_MONTH
        return self.publish_year - 1 if self.publish_month <= last_month else self.publish_year

    def _section_years(self) -> list[tuple[int, int | None]]:
        """Each top-level section heading and the one year it names (一、2023年工作回顾, 一、去年工作回顾), if any."""
        if "、" not in self.text and "部分" not in self.text and not any(mark in self.text for mark in HEADING_SEPARATORS):
            return []
        sections = []
        plan_year = None
        for heading in SECTION_HEADING_RE.finditer(self.text):
            years = {year for position, year in self.years if heading.start() <= position < heading.end()}
            years |= self._relative_years_in(heading.start(), heading.end())
            year = years.pop() if len(years) == 1 else None
            if year is not None:
                plan_year = year if self._year_to_come(year) else None
            elif plan_year is not None and PLAN_HEADING_RE.search(self.text, heading.start(), heading.end()):
                year = plan_year  # not 四、加强政府自身建设 or 三、存在的问题: those name no work ahead
            sections.append((heading.start(), year))
        return sections if any(year is not None for _, year in sections) else []

    def _relative_years_in(self, start: int, end: int) -> set[int]:
        """The years 去年 / 今年 between ``start`` and ``end`` name, from the publish date (二、今年主要目标 in a report
        given in 2025: 2025's targets)."""
        if self.publish_year is None:
            return set()
        i = bisect_left(self.relative_positions, start)
        years = set()
        while i < len(self.relative_years) and self.relative_years[i][0] < end:
            years.add(self.publish_year + self.relative_years[i][1])
            i += 1
        return years

    def _year_to_come(self, year: int) -> bool:
        """二、2024年目标 in a report given early in 2024: the plan's year, which the sections after it naming work
        ahead with no year of their own (三、重点工作) go on with; a review of the year behind (一、2023年回顾) ends at
        the next heading."""
        return self.publish_year is not None and year >= self.publish_year

    def _quote_open_at(self, sentence_start: int, paragraph_start: int) -> int | None:
        """Where the quote a sentence stands in opens (李明说：“2022年园区营业收入120亿元。新增企业58家。”: after “), or
        None when the sentence is in none of its paragraph's quotes (”王立新介绍，… closes one)."""
        opening = self.text.rfind("“", paragraph_start, sentence_start)
        if opening == -1 or self.text.find("”", opening, sentence_start + 1) != -1:
            return None
        return opening + 1

    def _year_opening_earlier_sentence(self, sentence_start: int, paragraph_start: int) -> int | None:
        """“十三五”时期，…。2020年，全市地区生产总值…。常住人口城镇化率达到63.5%: the nearest earlier
        sentence of the paragraph that opens with a time phrase dates this one (the first is its heading)."""
        ends = self.sentence_ends
        k = bisect_left(ends, sentence_start - 1) - 1  # ends[k] closes the sentence before the previous one
        while k >= 0 and ends[k] >= paragraph_start:
            start = ends[k] + 1
            year = self._opening_years.get(start, -1)
            if year == -1:
                year = self._opening_years[start] = self._time_clause_year(start) or self._year_after_lead_in(start)
            if year is not None:
                return year
            k -= 1
        return None

    def _year_after_lead_in(self, start: int) -> int | None:
        """记者从会上获悉，截至2023年末，…: the year of the time clause after a sentence's lead-in."""
        lead_in = PARAGRAPH_LEAD_IN_RE.match(self.text, start)
        return None if lead_in is None else self._time_clause_year(lead_in.end())

    def _paragraph_year(self, paragraph_start: int) -> int | None:
        """The year heading a paragraph; a dash item (——产业发展提质增效。…) heading none goes on with the
        paragraph its list follows (not with the items before it: their years are their own)."""
        year = self._paragraph_years.get(paragraph_start, -1)
        if year == -1:
            year = self._paragraph_years[paragraph_start] = self._heading_year(paragraph_start)
            if year is None and self.text.startswith(DASH_ITEM, paragraph_start):
                year = self._paragraph_years[paragraph_start] = self._year_before_list(paragraph_start)
            if year is None and self.names_aims:
                year = self._paragraph_years[paragraph_start] = self._year_of_target_list(paragraph_start)
        return year

    def _year_of_target_list(self, paragraph_start: int) -> int | None:
        """地区生产总值增长6%左右 a few paragraphs after 今年全市主要预期目标是：: the year of the targets, as the paragraph
        announcing them states it; None when a paragraph between has a year of its own or is a section heading."""
        if self._targets_announced is None:  # found once, when first asked for
            self._targets_announced = [m.end() for m in TARGETS_ANNOUNCED_RE.finditer(self.text)]
        i = bisect_left(self._targets_announced, paragraph_start) - 1
        if i < 0:
            return None
        announced = self._targets_announced[i]
        first = bisect_left(self.paragraph_ends, announced) + 1  # the paragraph after the announcing one
        last = bisect_left(self.paragraph_ends, paragraph_start)
        if last - first >= TARGET_LIST_PARAGRAPHS:
            return None
        for k in range(first, last + 1):
            start = self.paragraph_ends[k - 1] + 1
            if SECTION_HEADING_RE.match(self.text, start) or k < last and self._heading_year(start) is not None:
                return None
        return self._last_year_between(self.paragraph(announced)[0], announced)

    def _year_before_list(self, item_start: int) -> int | None:
        start = item_start
        while start > 1 and self.text.startswith(DASH_ITEM, start):
            start = self.paragraph(start - 1)[0]
        return None if self.text.startswith(DASH_ITEM, start) else self._paragraph_year(start)

    def _heading_year(self, paragraph_start: int, after_topic: bool = False) -> int | None:
        if year_is := YEAR_IS_RE.match(self.text, paragraph_start):
            # 2023年是…开局之年。一年来，… / 今年是…的关键一年。主要预期目标是：… (a short one is no topic sentence)
            return self._year_named(year_is)
        if not after_topic and (topic := TOPIC_SENTENCE_RE.match(self.text, paragraph_start)):
            return self._heading_year(topic.end(), True)  # 创新主体持续壮大。截至2023年底，…
        year = self._time_clause_year(paragraph_start)
        lead_in = PARAGRAPH_LEAD_IN_RE.match(self.text, paragraph_start) if year is None else None
        if lead_in is not None:
            # 初步核算，2023年全省地区生产总值… / 记者了解到，今年以来，…
            year = self._time_clause_year(lead_in.end())
            if year is None and (opening := OPENING_YEAR_RE.match(self.text, lead_in.end())):
                year = int(opening.group(1))
            if year is None and self.publish_year is not None \
                    and (relative := OPENING_RELATIVE_YEAR_RE.match(self.text, lead_in.end())):
                year = self.publish_year + RELATIVE_YEARS[relative.group(1)]
        if year is None:
            year = self._news_day_year(paragraph_start)  # 6月16日，…大会开幕。现场签约项目35个
        if year is None:
            year = self._year_in_opening_clause(lead_in.end() if lead_in else paragraph_start)
        if year is None and self.document_year is None:
            year = self._whole_year_opening(paragraph_start)
        return year

    def _whole_year_opening(self, start: int) -> int | None:
        """全年 / 年末 opening a clause of the sentence at ``start``, a paragraph's first, before any figure (开放型经济保持
        领先。全年实际利用外资18.2亿美元…。进出口总额达到738.6亿美元: 户籍制度改革成效明显，全年新落户…): the year it
        names dates the paragraph, as 全年， opening it does; not an aim's (力争全年…)."""
        if self.publish_month is None:
            return None
        if self._whole_year_positions is None:
            self._whole_year_positions = self._find_whole_years()
        i = bisect_left(self._whole_year_positions, start)
        sentence_start, sentence_end = self.sentence(start)
        if i == len(self._whole_year_positions) or (at := self._whole_year_positions[i]) >= sentence_end:
            return None
        if at in self._aimed_whole_years or FIRST_DIGIT_RE.search(self.text, start, at):
            return None
        return self._whole_year_in(sentence_start, at + 1)

    def _year_in_opening_clause(self, start: int) -> int | None:
        """The one year opening the clause at ``start``, a paragraph's first, or dating a figure in it (2018年宁川市经济
        平稳增长。江州高新区实现营业收入120亿元。, 宁川市2018年实现地区生产总值386亿元。…): it dates the paragraph as
        2018年， would; not a founding (宁川高新区2012年设立…), a base (由2012年的), one in brackets, nor a year of a
        company's story before its figures (天准光学2017年落户苏州高新区，…现有员工2100人)."""
        i = bisect_left(self.year_positions, start)
        clause_end = self.clause(start)[1]
        if i == len(self.years) or self.year_positions[i] >= clause_end:
            return None
        position, year = self.years[i]
        if i + 1 < len(self.years) and self.year_positions[i + 1] < clause_end and self.years[i + 1][1] != year:
            return None  # 2018年至2020年: a span of years
        if position in self.local_years or position in self.bracketed_years \
                or FOUNDING_AFTER_YEAR_RE.match(self.text, position + 4):
            return None
        opens = not self.text[start:position].strip()
        return year if opens or FIRST_DIGIT_RE.search(self.text, position + len("2018年"), clause_end) else None

    def _year_named(self, match: re.Match) -> int | None:
        """The year a match names in its first group (2023), or in its second relative to the publish date (今年)."""
        if match.group(1):
            return int(match.group(1))
        return None if self.publish_year is None else self.publish_year + RELATIVE_YEARS[match.group(2)]

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

    def _news_day_year(self, start: int) -> int | None:
        """The year of a day with no year opening a clause at ``start`` (6月16日，…开幕), from the publish date:
        a January page's 12月28日 is of the year before; 8月10日，…将在…举办 (an event ahead) dates nothing."""
        if self.publish_month is None or self.publish_year is None or self.text.find("月", start, start + NEWS_DAY_REACH) == -1:
            return None
        day = NEWS_DAY_RE.match(self.text, start)
        if day is None or not 1 <= (month := int(day.group(1))) <= 12:
            return None
        return self._day_year(self.publish_year if month <= self.publish_month else self.publish_year - 1, day.end())

    def _day_year(self, dated_by_publishing: int, day_end: int) -> int | None:
        """The year of a day named with no year: none for 8月10日，…将在…举办 (a day still ahead); the year the
        title names (2022年鹭洲高新区大事记 published in March 2023: its 1月18日 is of 2022); else the publish date's."""
        if self._ahead(day_end):
            return None
        return dated_by_publishing if self.document_year is None else self.document_year

    def _ahead(self, position: int) -> bool:
        """将 after ``position`` in its sentence: what it tells is still to come."""
        return self.text.find(AHEAD_WORD, position, self.sentence(position)[1]) != -1

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
                if year is not None and DAY_OF_MONTH_RE.match(self.text, period.end()):
                    year = self._day_year(year, period.end())
                if year is not None:
                    periods.append((period.start(), year - self.publish_year))
        return periods

    def _year_of_period(self, period: re.Match) -> int | None:
        """1-9月, / 上半年, with no year: the latest such period that had ended when the article came out."""
        if self.publish_month is None or self.publish_year is None:
            return None
        if period["named"] in AHEAD_OR_BEHIND:  # 下半年, 全年: a plan in a mid-year article, results early in the next
            return self.publish_year - 1 if self.publish_month <= LAST_REPORTING_MONTH else self.publish_year
        last_month = int(period["to"] or period["month"] or period["months"] or 0) or PERIOD_END_MONTHS[period["named"]]
        if not 1 <= last_month <= 12:
            return None
        return self.publish_year if last_month <= self.publish_month else self.publish_year - 1

    def _last_year_between(self, start: int, end: int) -> int | None:
        years, relatives = self.years, self.relative_years
        i = bisect_left(self.year_positions, end) - 1
        while i >= 0 and (end - self.local_years.get(years[i][0], end) > LOCAL_YEAR_REACH
                          or (years[i][0] - start > OPENING_CHARS and not self._opens_time_clause(years[i][0])
                              and not self._opens_target_clause(years[i][0])
                              and self._semicolon_between(years[i][0], end) and not self._dates_first_figure(years[i][0]))
                          or self.bracketed_years.get(years[i][0], end) < end
                          or self.deed_years.get(years[i][0], end) < end):
            # 由2018年的2985.3亿元增加到4286.5亿元: 2018 dates only the first; 其中海康威视2022年…；独角兽企业9家:
            # a year inside the sentence stops at its semicolon, a year in brackets (2020年为3.2件) at the bracket;
            # but the year of the sentence's first figure (全市12个园区2023年实现营业收入…；完成工业增加值…) dates it all
            # (预计2025年投产，达产后年产值…: a deed's year dates no figure after it)
            i -= 1
        absolute = years[i] if i >= 0 and years[i][0] >= start else None
        if relatives and self.publish_year is not None:
            j = bisect_left(self.relative_positions, end) - 1
            while j >= 0 and end - self.local_relative_years.get(relatives[j][0], end) > LOCAL_YEAR_REACH:
                j -= 1  # 由上年同期的28%提升至35%: 上年 dates only the 28%
            relative = relatives[j] if j >= 0 and relatives[j][0] >= start else None
            if relative is not None and (absolute is None or relative[0] > absolute[0]):
                return self.publish_year + relative[1]
        return absolute[1] if absolute else None

    def _opens_time_clause(self, position: int) -> bool:
        """评价数据显示，2022年，…；…: a year that is a clause of its own governs the rest of its sentence; after a
        semicolon too (…现有新型研发机构86家；2022年，全区技术合同成交额…；PCT国际专利申请量为455件: 2022's)."""
        return self.text[position - 1] in "，,；;" and TIME_CLAUSE_RE.match(self.text, position) is not None

    def _opens_target_clause(self, position: int) -> bool:
        """…改造老旧果园3.5万亩，到2026年全县果园面积稳定在30万亩左右…；肉牛饲养量突破20万头: the year a clause opens with
        到 is the horizon of the rest of its sentence, semicolons and all (not 预计2027年投产；…, a deed's year)."""
        return self.text[position - 1:position] in ("到", "至") and self.text[position - 2:position - 1] in ("，", ",", "；", ";")

    def _in_first_clause(self, start: int, sentence_start: int) -> bool:
        """``start`` stands in its sentence's first clause, which 其中 (a part of what came before) does not open: what
        is named there holds the sentence to its end, semicolons and all."""
        k = bisect_left(self.clause_ends, sentence_start)
        return (k == len(self.clause_ends) or start < self.clause_ends[k]) and not self.text.startswith("其中", sentence_start)

    def _semicolon_between(self, start: int, end: int) -> bool:
        return self.text.find("；", start, end) != -1 or self.text.find(";", start, end) != -1

    def _dates_first_figure(self, position: int) -> bool:
        """The year at ``position`` stands in the clause of its sentence's first figure (全市参评的12个园区2023年共实现营业
        收入486亿元，…；完成工业增加值…): it dates the sentence, as one opening it would; not a year in a later clause
        (…投资120亿元，预计2027年投产；…) nor after a semicolon (…；其中海康威视2022年营业收入…；)."""
        sentence_start = self.sentence(position)[0]
        first = self._first_figure_digit(sentence_start, position + 1)
        return CLAUSE_END.search(self.text, first, position) is None \
            and not self._semicolon_between(sentence_start, position)

    def _first_figure_digit(self, start: int, end: int) -> int:
        """Where the first digit between ``start`` and ``end`` that is no day stands (北京1月10日电 …10日发布的数据显示，
        2022年全国178家…: the 2 of 2022, a news day being no figure); ``end`` - 1 if all are days."""
        first = FIRST_DIGIT_RE.search(self.text, start, end)
        while first is not None and (day := DAY_RE.match(self.text, first.start())):
            first = FIRST_DIGIT_RE.search(self.text, day.end(), end)
        return end - 1 if first is None else first.start()

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
            if i >= 0 and self.companies[i][0] >= sentence_start and (
                self._opens_sentence(self.companies[i][0], sentence_start)  # 2023年，芯源材料实现…；研发投入…
                or self._opens_after_lead_in(self.companies[i][0], sentence_start)  # 报告显示，公司去年实现…；…
                or not self._semicolon_between(self.companies[i][1], position)  # 其中某公司…；独角兽企业9家: not the firm's
                or self._in_first_clause(self.companies[i][0], sentence_start)  # 该所旗下的时代电气…实现…；IGBT产品销售额…
            ):
                company_start, company = self.companies[i][0], self.companies[i][2]
            else:
                company = self._company_continued(sentence_start, i)
                company_start = sentence_start if company else -1
            if not company and (company := self._company_quoted(position)):
                company_start = sentence_start  # “去年我们的营收首次突破百亿元…”公司副总裁刘刚介绍: the company's
                if self._place_opening(sentence_start + self.text.startswith("“", sentence_start), SENTENCE_SUBJECT_RE):
                    company, company_start = "", -1  # “今年全区新增企业300家。”公司总经理说: the zone's, as the quote says
        if clause_start is not None and clause_start > max(sentence_start, company_start):
            place = self._place_opening_clauses(clause_start, max(sentence_start, company_start)) \
                or self._place_opening_semicolon_part(position, sentence_start, max(sentence_start, company_start))
            if place:
                return place
        if company:
            return company
        if clause_start is not None and clause_start > sentence_start:
            place_start, place = self._place_after_lead_in(sentence_start)
            if place and place_start < clause_start and not self._other_place_between(place, place_start, clause_start):
                subject = self._sentence_subjects.get(sentence_start) or self._sentence_subject(sentence_start)
                return subject if place in subject else place  # 东湖高新区 for 武汉东湖高新区: the article's own name
        return self._sentence_subjects.get(sentence_start) or self._sentence_subject(sentence_start)

    @cached_property
    def _quotes_of_companies(self) -> tuple[list[int], list[tuple[int, int, str]]]:
        quoted = companies_quoted(self.text, self.companies) if "“" in self.text else []
        return [start for start, _, _ in quoted], quoted

    def _company_quoted(self, position: int) -> str:
        """The company whose officer gives the quote ``position`` stands in, or ''."""
        starts, quoted = self._quotes_of_companies
        i = bisect_right(starts, position) - 1
        return quoted[i][2] if i >= 0 and position < quoted[i][1] else ""

    def _company_continued(self, sentence_start: int, last_company: int) -> str:
        """The company the sentence before opened (its first clause names it: 重点企业 澜川华晟电子有限公司 成立于…), when
        this one, in the same paragraph, names no place of its own (2021年实现产值…); else ''. Once per sentence."""
        key = (sentence_start, last_company)
        if key not in self._continued_companies:
            self._continued_companies[key] = self._find_company_continued(*key) \
                if COMPANY_CONTINUED_RE.match(self.text, sentence_start) else ""
        return self._continued_companies[key]

    def _find_company_continued(self, sentence_start: int, last_company: int) -> str:
        if last_company < 0 or not self.text.endswith("。", 0, sentence_start) \
                or self._place_opening(sentence_start, SENTENCE_SUBJECT_RE):
            return ""
        before_start, _ = self.sentence(sentence_start - 1)
        start, _, name = self.companies[last_company]
        first_clause_end = self.clause_ends[bisect_left(self.clause_ends, before_start)]
        opens = before_start <= start < first_clause_end or self._opens_sentence(start, before_start)  # 2023年，阳光电源…
        return name if opens else ""

    def _sentence_subject(self, sentence_start: int) -> str:
        """The zone or city opening the sentence, or the one before it for 该区/区内, else the main subject."""
        subject = self._sentence_subjects.get(sentence_start)
        if subject is None:
            subject = self._place_opening(sentence_start, SENTENCE_SUBJECT_RE) or self._zone_speaking(sentence_start)
            anaphor = PLACE_ANAPHOR_RE.match(self.text, sentence_start) if not subject and sentence_start > 0 \
                and self.text[sentence_start] in PLACE_ANAPHOR_FIRST_CHARS else None
            if anaphor is not None:  # 该区实现…, 园区现有…: the zone the sentence before named (a 区, not 全市)
                before = self._sentence_subject(self.sentence(sentence_start - 1)[0])
                subject = before if before.endswith(anaphor.group().strip().rstrip("内里")[-1]) else ""
            elif not subject and (paragraph_start := self.paragraph(sentence_start)[0]) < sentence_start \
                    and not WHOLE_PLACE_OPENING_RE.match(self.text, sentence_start):  # 全市…, 本区…: not the paragraph's
                subject = self._sentence_subject(paragraph_start)  # 西河市上半年…。固定资产投资…: the paragraph's place
            if not subject and self.default_subject != self.main_subject \
                    and WHOLE_PLACE_OPENING_RE.match(self.text, sentence_start) is None:
                subject = self.default_subject  # (全市新能源产业产值…: the city's, even when no place is named)
            subject = subject or self.main_subject
            self._sentence_subjects[sentence_start] = subject
        return subject

    def _zone_speaking(self, sentence_start: int) -> str:
        """赣源高新区 when its 管委会 opens the sentence (东湖高新区管委会…: 武汉东湖高新区, the article's own name)."""
        zone = zone_whose_administration_opens(self.text, sentence_start)
        return self.main_subject if zone and zone in self.main_subject else zone

    def _place_after_lead_in(self, sentence_start: int) -> tuple[int, str]:
        """无锡市政府工作报告显示，去年全市地区生产总值…；人均地区生产总值…: a sentence whose first clause only
        leads in (报告显示, 徐州方面: no place of its own, no figure) is about the place opening the clause after
        it, to its end; as (that clause's start, place), or (-1, '')."""
        found = self._lead_in_places.get(sentence_start)
        if found is None:
            found = (-1, "")
            k = bisect_left(self.clause_ends, sentence_start)
            if k < len(self.clause_ends):
                lead_end = self.clause_ends[k]
                lead = self.text[sentence_start:lead_end]
                if lead_end < self.sentence(sentence_start)[1] and not any(c.isdigit() for c in lead) \
                        and lead.strip() != "其中" and not self._place_opening(sentence_start, SENTENCE_SUBJECT_RE):
                    place = self._clause_place(lead_end + 1)
                    if "公司" not in place:  # 周凯说，2021年公司落户科创园: a company's move, no place's name
                        found = (lead_end + 1, place)
            self._lead_in_places[sentence_start] = found
        return found

    def _other_place_between(self, place: str, place_start: int, clause_start: int) -> bool:
        """…青州湾高新区营业收入523.6亿元；云峰高新区新增…，增幅达45%，总数达到280家: another place opens a
        clause after the lead-in's, so the lead-in's no longer governs."""
        k = bisect_left(self.clause_ends, place_start)
        while k < len(self.clause_ends) and (start := self.clause_ends[k] + 1) < clause_start:
            if self._clause_place(start) not in ("", place):
                return True
            k += 1
        return False

    def _clause_place(self, clause_start: int) -> str:
        place = self._clause_places.get(clause_start)
        if place is None:
            place = self._place_opening(clause_start)
            if place and self.text[clause_start - 1:clause_start] == "、" and self._listed_after_an_object(clause_start):
                place = ""
            elif place and self.text[clause_start - 1:clause_start] in "，," and self._follows_an_origin(clause_start):
                place = ""
            self._clause_places[clause_start] = place
        return place

    def _listed_after_an_object(self, clause_start: int) -> bool:
        """紧盯东江高新区、鹤州经开区在…: a place listed after one that a verb takes is taken by it too, no subject."""
        item_start, _ = self.clause(clause_start - 2)
        return not self._clause_place(item_start) and PLACE_LAST_CHAR_RE.match(self.text, clause_start - 2) is not None

    def _follows_an_origin(self, clause_start: int) -> bool:
        """来自粤港澳大湾区的项目23个，长三角地区项目9个: the clause after one telling where things come from tells it too."""
        item_start, _ = self.clause(clause_start - 2)
        return self.text.startswith("来自", item_start)

    def _opens_sentence(self, start: int, sentence_start: int) -> bool:
        """Nothing but a time phrase (2023年，) stands before ``start`` in its sentence."""
        return start == sentence_start or TIME_BEFORE_SUBJECT_RE.match(self.text, sentence_start).end() == start

    def _opens_after_lead_in(self, start: int, sentence_start: int) -> bool:
        """报告显示，公司去年实现营业收入…；归属于…的净利润…: ``start`` opens the clause after a first one that
        only leads in (no figure; 其中 introduces a part), maybe after a time phrase (招股书显示，2020年至2022年，智感科技
        营业收入…), so what is named there holds the sentence as if it opened it."""
        k = bisect_left(self.clause_ends, sentence_start)
        if k >= len(self.clause_ends) or self.clause_ends[k] + 1 != start and (
                self.clause_ends[k] >= start or TIME_BEFORE_SUBJECT_RE.match(self.text, self.clause_ends[k] + 1).end() != start):
            return False
        lead = self.text[sentence_start:self.clause_ends[k]]
        return not any(c.isdigit() for c in lead) and lead.strip() != "其中"

    def _place_opening_clauses(self, clause_start: int, floor: int) -> str:
        """The zone or city opening this clause or, nearest first, one before it after ``floor``:
        东湖高新区高新技术企业突破4000家，达到4015家 — the zone's, both."""
        ends = self.clause_ends
        k = bisect_left(ends, clause_start - 1)  # ends[k] closes the clause before this one
        for _ in range(MAX_CLAUSES_BACK):
            if clause_start <= floor:
                break
            place = self._clause_place(clause_start)
            if place:
                return place
            k -= 1
            clause_start = ends[k] + 1 if k >= 0 else 0
        return ""

    def _place_opening_semicolon_part(self, position: int, sentence_start: int, floor: int) -> str:
        """…；清江高新区实现工业总产值865亿元，同比增长12.3%，其中新材料产业产值386亿元: the place opening the part of
        the sentence a semicolon sets off holds it to its end, however many clauses follow it ('' if none). Not
        places paired there (…；清河高新区和安丰高新区…分别为573亿元、453亿元: each has its own)."""
        part_start = max(self.text.rfind("；", floor, position), self.text.rfind(";", floor, position)) + 1
        place = self._clause_place(part_start) if part_start > floor else ""
        if not place or self.text.startswith(PLACES_PAIRED_BY, self.text.find(place, part_start) + len(place)):
            return ""
        subject = self._sentence_subject(sentence_start)
        return subject if place in subject else place  # 南屏高新区 for 鹤州南屏高新区: the article's own name

    def lead_without_anaphor(self, lead: str, subject: str) -> str:
        """The words before a figure without the 公司 (该公司) opening them that stands for its company."""
        anaphor = COMPANY_ANAPHOR_IN_LEAD_RE.match(lead) if subject in self.company_names else None
        return lead if anaphor is None else lead[:anaphor.start(1)] + lead[anaphor.end(1):]

    def place_named_first(self, name: str) -> str:
        """The zone or city a name opens with (荆门市高新技术企业 -> 荆门市, 杭州地区生产总值 -> 杭州), or ''; a listed
        name that is a city alone or a city and its 的 (苏州、无锡的高新技术企业数量分别为…: 苏州, 无锡) names it too."""
        place = place_at(name, 0)
        if not place and (bare := bare_place_at(name, 0)) and name[len(bare):len(bare) + 1] in ("", "的"):
            place = bare
        return place

    def _place_opening(self, start: int, pattern: re.Pattern = CLAUSE_SUBJECT_RE) -> str:
        """The zone or city named first thing at ``start`` (省会江州市 -> 江州市), or the place a 全县 or
        我省 there stands for, or ''."""
        place = place_at(self.text, start, pattern)
        if not place and WHOLE_PLACE_WORD_RE.search(self.text, start, start + WHOLE_PLACE_REACH) \
                and (whole := WHOLE_PLACE_OPENING_RE.match(self.text, start)):
            if self.text[whole.start(1) - 1] in OWN_PLACE_MARKS \
                    and (inner := place_after_own_place_word(self.text, whole.end(), pattern)):
                return inner  # 我市江北高新区以综合得分…: the zone of the city, named after the word for the city
            level = whole.group(1)
            # 2023年，郑州高新区实现…。全区…: the place of that level its paragraph has just named (我省, 本区
            # are the speaker's own)
            named = ""
            if self.text[whole.start(1) - 1] == "全":
                paragraph_start = max(self.paragraph(start)[0], start - PLACE_OF_LEVEL_REACH)
                named = place_of_level_opening_a_clause(self.text, paragraph_start, start, level)
            if level not in self._places_of_levels:
                self._places_of_levels[level] = place_of_level(
                    level, self.main_subject, self._title, self.text, self._publisher)
            place = self._places_of_levels[level]
            if named and named not in place:  # 深圳 for 深圳市, 东湖高新区 for 武汉东湖高新区: the article's own, as it names it
                place = named
        if not place and self.zone_short_names:
            place = self.zone_short_names.get(self._short_name_at(start), "")
        if not place and self.table_places:
            place = self._table_place_at(start)  # 成都天府国际生物城, which no suffix names a place
        return place

    def _table_place_at(self, start: int) -> str:
        """A place a table's rows list, opening the clause after any time words, maybe after the short name of the
        article's own place (成都天府国际生物城增长最快 in an article of 成都市 whose table lists 天府国际生物城), or ''."""
        at = LEAD_BEFORE_SUBJECT_RE.match(self.text, start).end() if self.text[start:start + 1] in TIME_OR_SPACE_OPENERS \
            else start
        for place in self.table_places:
            found = self.text.find(place, at, at + len(place) + MAX_OWN_PLACE_BEFORE_TABLE_PLACE)
            if found == at or (found > at and self.main_subject.startswith(self.text[at:found])):
                return place
        return ""

    @cached_property
    def names_part_of_year(self) -> bool:
        """Whether the title or text names a part of a year (1-9月, 前三季度); looked for once, where a 累计 rate asks."""
        return PART_OF_YEAR_RE.search(self._title) is not None or PART_OF_YEAR_RE.search(self.text) is not None

    @cached_property
    def zone_short_names(self) -> dict[str, str]:
        return zone_short_names(self.text)

    def _short_name_at(self, start: int) -> str:
        """海州 in …，海州每平方公里营业收入…: the two characters opening the clause after any time words."""
        at = LEAD_BEFORE_SUBJECT_RE.match(self.text, start).end() if self.text[start:start + 1] in TIME_OR_SPACE_OPENERS \
            else start
        return self.text[at:at + 2]

    @cached_property
    def _short_names_of_zones(self) -> dict[str, str]:
        return {name: short for short, name in self.zone_short_names.items()}

    def short_name_opening(self, lead: str, subject: str) -> str:
        """The short name of the zone ``subject`` when it opens ``lead`` (海州每平方公里营业收入 -> 海州), or ''."""
        short = self._short_names_of_zones.get(subject, "") if self.zone_short_names else ""
        return short if short and lead.lstrip(" ，,、；;").startswith(short) else ""


def _census_year(text: str) -> int | None:
    """The year of a census's standard time point (以2023年12月31日为标准时点), if its opening names one."""
    if text.find(CENSUS_WORD, 0, STANDARD_TIME_POINT_CHARS) == -1:
        return None
    point = STANDARD_TIME_POINT_RE.search(text, 0, STANDARD_TIME_POINT_CHARS)
    return None if point is None else int(point.group(1))


def _plan_end_year(title: str) -> int | None:
    """十四五 (the tenth plan and four more) -> 2025; None if the title names no five-year plan."""
    plan = PLAN_PERIOD_RE.search(title)
    if plan is None:
        return None
    return TENTH_PLAN_END_YEAR + PLAN_YEARS * int(parse_chinese(plan.group(1) or plan.group(2)))


def _year_given(title: str) -> int | None:
    """The one year a title names, or None (none, or more than one)."""
    years = {int(year) for year in TITLE_YEAR_RE.findall(title)}
    return years.pop() if len(years) == 1 else None


def _span(ends: list[int], position: int, length: int) -> tuple[int, int]:
    i = bisect_right(ends, position - 1)
    start = ends[i - 1] + 1 if i > 0 else 0
    end = ends[i] if i < len(ends) else length
    return start, end


def _local_relative_end(text: str, position: int) -> int:
    """Where 由上年同期的 / 从去年的 ends (0 for other relative years): they date only the figure after them."""
    if not position or text[position - 1] not in LOCAL_RELATIVE_OPENERS:
        return 0
    dated = RELATIVE_OF_VALUE_RE.match(text, position + 2)
    return dated.end() if dated else 0


def _bracket_closing(text: str, position: int) -> int:
    """Where the brackets a year stands in close (（2020年为3.2件）), or -1 for a year in none."""
    reach = max(0, position - BRACKET_REACH)
    opening = max(text.rfind("（", reach, position), text.rfind("(", reach, position))
    if opening == -1 or text.find("）", opening, position) != -1 or text.find(")", opening, position) != -1:
        return -1
    closings = [at for at in (text.find("）", position), text.find(")", position)) if at != -1]
    return min(closings) if closings else -1


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


