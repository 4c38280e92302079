"""Words several extraction rules read, each for its own end: the place an article is about, named by
its level (全市, 本区), the parts of a year (上半年, 一季度), and the verbs of a change (增加, 提高). Kept here so that a word added is
added to every rule that reads it.
"""

from __future__ import annotations

# 全市, 本区, 该县, 我县: the place the article is about, not the name of a place.
WHOLE_PLACE_MARKS = "全本该我"
PLACE_LEVELS = "省市区县"
WHOLE_PLACE_WORDS = tuple(mark + level for mark in WHOLE_PLACE_MARKS for level in PLACE_LEVELS)
WHOLE_PLACE = rf"[{WHOLE_PLACE_MARKS}][{PLACE_LEVELS}]"

# 城镇, 农村: the parts of a place whose residents a report gives figures for apart (城镇居民人均可支配收入).
PLACE_PARTS = "城镇|农村|城市|乡村|市区|县域"
PLACE_PART = rf"(?:{PLACE_PARTS})(?:居民)?"

# The parts of a year a report names (the whole year, 全年, is named apart: it is also a plan's span).
YEAR_PARTS = r"上半年|下半年|前三季度|第?[一二三四1-4]季度|前[二三两]季度|前(?:\d{1,2}|[一二三四五六七八九十两]{1,2})个月"
# 国庆假期, 国庆中秋假期, 春节黄金周: the holidays (and their spans) a report's figures are of.
HOLIDAY_WORDS = r"国庆|中秋|春节|元旦|端午|清明|元宵|五一|劳动节|假期|长假|黄金周|期间"
# When a thing happened, as news writes it: 去年, 近日, 上半年.
NEWS_TIME_WORDS = ("去年", "今年", "前年", "近日", "日前", "近期", "目前", "上半年", "下半年", "前三季度", "全年", "季度")

# What opens a clause: the end of the one before.
CLAUSE_OPENERS = frozenset("。!?！？\n,;:、，；：")

# How a change after its level is said (存款余额612亿元，比年初增加58亿元; 由48.2%提高到56.7%); a harvest
# or an income changes as more or less produced or earned (粮食总产量33.16万吨，比上年增产0.86万吨).
CHANGE_VERBS = "增加|增长|新增|净增|提高|提升|上升|减少|下降|降低|增产|增收|减产|减收"

# 上年 as the year before; not in 上年结转, 上年结余: money carried over from it, no date of a figure.
LAST_YEAR_NOT_CARRIED_OVER = "上年(?!结转|结余)"

# 签约, 节约, 履约: verbs ending in 约, which then says no "about" (签约了5个项目, 节约3万吨标准煤).
ABOUT_YUE = "(?<![签履节制预违解邀续守缔集特])约"
