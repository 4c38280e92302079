"""From laid-out text to an article: metadata out of the header, page furniture out, paragraphs whole.

Plain-text files come here directly; HTML pages come here after markup is turned into lines
(``read_html``), so both share one set of rules:

- a header of metadata lines (``【标题】…``, ``标题:…``, ``来源: 作者: 发布时间:…``, a bare date)
  becomes metadata and leaves the body, and so does the headline line;
- breadcrumbs (``当前位置:首页>``), footers (ICP/公网安备 numbers, 地址/电话/传真 lines,
  版权所有/Copyright) and furniture (``【打印】【关闭】``) are dropped;
- WeChat counters and buttons (阅读 1.2万, 分享 收藏 点赞 在看), page links (共 128 条 第 1/16 页) and,
  in text converted from PDF, page numbers (— 3 —) with the running headers around them go too;
  on a traditional page all this is recognised on the line's simplified form;
- hard-wrapped paragraphs are joined again (``13.1亿\\n元`` -> ``13.1亿元``); a blank line,
  deeper indentation, a list marker or a line ending a sentence starts a new paragraph.

The result has one paragraph per line, separated by a single newline. Characters are kept as
written (full-width digits included); only line endings, zero-width characters and runs of
spaces are normalised.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from viewer.core.line_joins import (
    LIST_START,
    SENTENCE_END,
    Line,
    is_table_line,
    shortest_wrapped_line,
    unwrap,
    without_page_breaks,
)
from viewer.core.numerals import parse_chinese
from viewer.core.places import CITY_RE, PROVINCES, ZONE_RE
from viewer.core.vocabulary import PLACE_LEVELS


@dataclass(frozen=True)
class Article:
    """Body text (one paragraph per line) and the metadata found around it."""

    text: str
    title: str = ""
    publisher: str = ""
    author: str = ""
    published: str = ""  # ISO date or ""
    url: str = ""


@dataclass(frozen=True)
class KnownMetadata:
    """Metadata found outside the text (HTML tags), used where the text itself has none."""

    title: str = ""
    headline_hints: tuple[str, ...] = ()  # e.g. an HTML <title>: the headline line resembles it
    publisher: str = ""
    author: str = ""
    published: str = ""
    url: str = ""
    # Fields whose value here comes before one the text gives (a WeChat account is the publisher
    # even where the article names the source of its content: 来源｜…).
    sure_fields: tuple[str, ...] = ()

    def merged_with(self, other: KnownMetadata) -> KnownMetadata:
        """These values, and ``other``'s where these are empty."""
        names = ("title", "publisher", "author", "published", "url")
        values = {name: getattr(self, name) or getattr(other, name) for name in names}
        hints = tuple(hint for hint in dict.fromkeys((self.title, *other.headline_hints)) if hint)
        return KnownMetadata(**values, headline_hints=hints, sure_fields=self.sure_fields)


@dataclass
class _Found:
    title: str = ""
    publisher: str = ""
    author: str = ""
    published: str = ""
    url: str = ""
    headline_index: int = -1  # index (in the kept lines) of the line taken as headline
    kicker_index: int = -1  # index of a short line printed over the headline (引题), part of the title block
    meta_line_indexes: list[int] = field(default_factory=list)

    def offer(self, name: str, value: str) -> None:
        if value and not getattr(self, name):
            setattr(self, name, value)


# A paragraph longer than this is body text, never a metadata, breadcrumb or footer line.
MAX_FURNITURE_CHARS = 200
MAX_METADATA_CHARS = 120
MAX_TITLE_CHARS = 100
SECTION_HEADING_CHARS = 20
MAX_LISTED_TITLE_CHARS = 60
# The header (where a headline and bare dates are looked for) ends at the first sentence or
# the first line this long.
BODY_LINE_CHARS = 50
EXCLAIMED = "！？!?"  # a WeChat headline's last mark (…这样“答卷”！), which no other headline ends with
# A bare date line in the header ("2022年8月16日 星期二") is at most this long.
MAX_DATE_LINE_CHARS = 40
FOOTER = "footer"
FURNITURE = "furniture"
# Lines kept before the header is taken to have ended even without a sentence.
MAX_HEADER_LINES = 8
# At most this many short lines between an article's end and its page footer are dropped.
MAX_TAIL_LINES = 10
# Look this far into the body for a repeat of the headline to drop.
HEADLINE_SEARCH_LINES = 30
MAX_KICKER_CHARS = 30
SUBTITLE_DASHES = "—－"

INVISIBLE_CHARACTERS = ("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad")
LINE_SEPARATORS = ("\u2028", "\u2029", "\x85")
_CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_OTHER_SPACES = re.compile(r"[\t\xa0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_SPACE_RUN = re.compile(r"  +")
_DIGIT = re.compile(r"\d")
# 固定资产投资 亿元 — 12.1: a figure not given is a dash in its cell, beside the figures that are.
_NUMBER_CELL = re.compile(r"-?\d+(?:\.\d+)?%?")
_MISSING_CELL = re.compile(r"[—–―\-/…]{1,2}")


# Punctuation and list numbers only; but not the end of a wrapped figure (%。).
_JUNK = re.compile(r"(?![%％‰.．])(?:[\W_]|\d{1,3}[.、)）])*")
_BREADCRUMB = re.compile(
    r"(?:(?:当前|您的|你的|您现在的|你现在的|您当前的|当前的|所在)位置\s*[:：]|.{0,20}首页\s*(?:>|›|»|＞|→|/|\\))"
)
_FOOTER_STRONG = re.compile(
    r"ICP\s*备|ICP\s*证|公网安备|公安备案|版权所有|copyright|©|all rights reserved|主办单位|承办单位|网站标识码|网站地图"
    r"|联系我们|技术支持\s*[:：]|分辨率",
    re.IGNORECASE,
)
_FOOTER_LABEL = re.compile(
    r"(?:^|\s|\|)(?:地址|通讯地址|邮编|邮政编码|联系电话|联系方式|电话|传真|e-?mail|邮箱|主办|承办|协办|维护)\s*[:：]",
    re.IGNORECASE,
)
_FURNITURE = re.compile(
    r"打印本页|关闭窗口|【\s*(?:打印|关闭|纠错)\s*】|\[\s*(?:打印|关闭|纠错)\s*\]|返回顶部|分享到|扫一扫|分享让更多人看到"
    r"|(?:字体|字号)\s*[:：]?\s*[【\[]?\s*大\s*[】\]]?\s*[【\[]?\s*中\s*[】\]]?\s*[【\[]?\s*小"
)
# A site's tool bar: 无障碍 | 长者模式 | 登录 注册 (only such words, so a sentence about 无障碍设施 stays),
# maybe after its greeting (欢迎访问湖北省人民政府门户网站), which may also stand alone.
_WELCOME = r"欢迎您?(?:访问|来到|光临)[^\s，。,！!]{2,30}?(?:网站|网|门户|平台)"
_TOOL_BAR = re.compile(
    rf"{_WELCOME}|(?:{_WELCOME}[\s|｜丨/·]*)?(?:(?:无障碍(?:浏览|阅读|模式)?|长者模式|关怀(?:模式|版)|适老化|登录|注册|English|繁體|繁体|简体|手机版|移动版"
    r"|网站地图|搜索|RSS|收藏本站|设为首页)[\s|｜丨/·]*){2,}"
)
# Headings of link lists next to an article, and links to the neighbouring articles.
_SECTION_OF_LINKS = re.compile(
    r"(?:相关(?:新闻|阅读|链接|文章|报道|稿件|推荐)|热点推荐|推荐阅读|延伸阅读|热门(?:文章|新闻|排行)|最新(?:文章|新闻)|更多"
    r"|上一篇|下一篇|上一条|下一条|上一页|下一页|往期推荐|往期回顾|往期精选|精彩推荐|精彩回顾)\s*(?:[:：>].{0,60})?"
)
# A WeChat article's counters and buttons (阅读原文 阅读 1.2万 / 赞 356 / 分享 收藏 点赞 在看 / 写留言), and its calls to
# follow the account (点击下方名片 关注我们, 长按识别二维码关注).
# A news site's like counter may stand before its buttons (+1 56 收藏 我要举报, read as +156收藏我要举报).
_SOCIAL_BUTTONS = re.compile(
    r"(?:[+＋]?\d+\s*)?"
    r"(?:(?:阅读原文|阅读|赞|点赞|在看|分享|收藏|喜欢|写留言|留言|评论|转发|我要举报|举报|纠错)\s*(?:\d[\d.,]*\s*[万千wWkK]?\+?)?[\s|｜丨·]*)+"
)
# A list's page links: 共 128 条 第 1/16 页 首页 上一页 1 2 3 下一页 尾页 跳转
_PAGINATION = re.compile(
    r"(?:(?:共\s*\d+\s*(?:条|页|篇|项|个)|第\s*\d+\s*(?:/\s*\d+\s*)?页|首页|尾页|末页|上一页|下一页|前一页|后一页"
    r"|跳转|转到|到第|页|确定|GO|\d{1,4}|\.{2,}|…+|[<>«»‹›]+)[\s|｜/,，:：]*)+",
    re.IGNORECASE,
)
# The heading of a page's attachments, left alone once their links are dropped (their contents,
# when the page gives them as text, stay).
# Lone words of a page's furniture: a font-size button (字号), an empty comment area (暂无留言), an article's
# closing mark (- END -), the tags under it (关键词 >>苏州工业园区GDP), and the byline of another article listed
# below it (澎湃新闻2024-01-20评论 23).
EPAPER_LINK = "(?:上一版|下一版|上一期|下一期|返回目录|本版标题导航|版面导航|往期回顾)"
_LONE_FURNITURE = re.compile(
    r"字号|字体|暂无(?:留言|评论)|[-—–_=\s]*END[-—–_=\s]*|(?:关键词|关键字|标签)\s*(?:>>|》|>).{0,60}"
    r"|[^\d\s]{2,12}\s*(?:19|20)\d\d-\d{1,2}-\d{1,2}\s*(?:评论|阅读|浏览)\s*\d+"
    # an e-paper's page line (第A03版：经济) and its page links (上一版 下一版, 本版标题导航)
    r"|第\s*[A-Za-z]?\d{1,3}\s*版\s*(?:[:：]\s*[\u4e00-\u9fff]{1,8})?"
    rf"|{EPAPER_LINK}(?:\s*{EPAPER_LINK})*"
)
_ATTACHMENTS_HEADING = re.compile(r"(?:相关)?附件(?:下载|列表)?\s*[:：]?")
_SPACED_OUT = re.compile(r"(?:[\u4e00-\u9fff] ){4}")
_FOLLOW_PROMPT = re.compile(r"(?:点击|长按|扫码|扫描|识别).{0,16}关注|^关注.{0,6}(?:公众号|微信|微博|我们)")
MAX_FOLLOW_PROMPT_CHARS = 30

# Every metadata, breadcrumb, footer or furniture line outside the header has one of these.
# (Each alternative starts with a literal, which lets the regex engine skip ahead fast.)
# (Traditional spellings are added below, once the characters for them are listed.)
_MAY_BE_FURNITURE_WORDS = (
    r":|：|【|\[|>|›|»|＞|https?|ICP|icp|首页|公网安备|公安备案|版权|opyright|COPYRIGHT|©|ights [Rr]eserved"
    r"|IGHTS RESERVED|主办|承办|网站|联系我们|分辨率|打印|关闭|返回顶部|分享|扫一扫|字体|字号|相关|推荐|阅读|热门|最新"
    r"|更多|上一|下一|无障碍|长者|关怀|适老|登录|English|｜|丨|赞|在看|收藏|留言|关注|往期|精彩|页|附件|举报|纠错|欢迎"
    r"|END|关键|标签|评论|版）|版\)|版$|导航|目录"  # …第3版: a print edition's line
)

# Labels of metadata fields; the longest first so that 发布时间 wins over 时间.
_FIELD_OF_LABEL = {
    "标题": "title", "题名": "title", "题目": "title", "正标题": "title", "主标题": "title",
    "文章来源": "publisher", "信息来源": "publisher", "稿件来源": "publisher", "新闻来源": "publisher",
    "来源": "publisher", "稿源": "publisher", "出处": "publisher", "媒体": "publisher", "报纸": "publisher",
    "刊名": "publisher", "媒体名称": "publisher", "发布机构": "publisher", "发布单位": "publisher",
    "作者": "author", "记者": "author", "撰稿": "author", "撰稿人": "author", "文": "author",
    "发布时间": "published", "发布日期": "published", "发表时间": "published", "发表日期": "published",
    "出版日期": "published", "成文日期": "published", "发文日期": "published", "发稿时间": "published",
    "刊发日期": "published",
    "日期": "published", "时间": "published",
    "更新时间": "", "更新日期": "",
    "网址": "url", "链接": "url", "原文链接": "url", "原文网址": "url", "原文地址": "url", "url": "url",
    "通讯员": "", "责任编辑": "", "责编": "", "编辑": "", "审核": "", "校对": "", "摄影": "", "图": "",
    "图片编辑": "", "文字编辑": "", "视频编辑": "", "美术编辑": "",
    "浏览次数": "", "阅读次数": "", "点击数": "", "点击量": "", "访问量": "", "浏览量": "", "阅读量": "",
    "点击": "", "浏览": "", "阅读": "", "字数": "", "版次": "", "版名": "", "版面": "", "版号": "",
    "栏目": "", "刊期": "", "期号": "", "分类": "", "关键词": "", "关键字": "", "副标题": "", "引题": "",
    "作者单位": "", "编号": "", "id": "", "索引号": "", "文号": "", "发文字号": "", "主题分类": "", "有效性": "",
}
# Big5 pages write labels and furniture in traditional characters (【標題】, 來源：, 當前位置：首頁, 版權所有).
# The labels are compiled into patterns when this module loads, where OpenCC's dictionaries would cost
# every reading process 70 ms; the few characters the labels and furniture words use are listed here
# instead (发布 is written both 發布 and 發佈).
_SIMPLIFIED_OF_LABELS = (
    "标题来发时间记责编辑网链点击浏览资讯闻报单构数阅读审对摄图页号键词类栏访问码内广员际录"
    "万们传体关册别办动协备当怀扫护无术机权条欢热现电碍简维联荐论设证评识话赞转载适选邮长门闭顶顾"
)
_TRADITIONAL_OF_LABELS = (
    "標題來發時間記責編輯網鏈點擊瀏覽資訊聞報單構數閱讀審對攝圖頁號鍵詞類欄訪問碼內廣員際錄"
    "萬們傳體關冊別辦動協備當懷掃護無術機權條歡熱現電礙簡維聯薦論設證評識話贊轉載適選郵長門閉頂顧"
)
_TRADITIONAL_LABEL_CHARS = str.maketrans(dict(zip(_SIMPLIFIED_OF_LABELS, _TRADITIONAL_OF_LABELS)))
# The other way, to recognise furniture on a traditional line's simplified form (with the variants
# Big5 pages write besides OpenCC's: 為 and 讚).
_SIMPLIFIED_FURNITURE_CHARS = str.maketrans(dict(zip(_TRADITIONAL_OF_LABELS + "佈為讚", _SIMPLIFIED_OF_LABELS + "布为赞")))
_TRADITIONAL_CHARACTER = re.compile(f"[{_TRADITIONAL_OF_LABELS}]")


def _with_traditional_spellings(alternatives: str) -> str:
    """A regex alternation of words, each also as a Big5 page writes it (with 讚 besides 贊)."""
    words = alternatives.split("|")
    traditional = [word.translate(_TRADITIONAL_LABEL_CHARS) for word in words]
    return "|".join(dict.fromkeys(words + traditional + [word.replace("贊", "讚") for word in traditional]))


_MAY_BE_FURNITURE = re.compile(_with_traditional_spellings(_MAY_BE_FURNITURE_WORDS))


def _traditional_spellings(labels: dict[str, str]) -> dict[str, str]:
    spelled: dict[str, str] = {}
    for label, field_name in labels.items():
        traditional = label.translate(_TRADITIONAL_LABEL_CHARS)
        spelled[traditional] = field_name
        spelled[traditional.replace("發布", "發佈")] = field_name
    return spelled


_FIELD_OF_LABEL.update(_traditional_spellings(_FIELD_OF_LABEL))
# Labels that only mark metadata in the header: elsewhere they may start an ordinary line.
_HEADER_ONLY_LABELS = frozenset(
    {"时间", "日期", "标题", "文", "图", "点击", "浏览", "阅读", "链接", "媒体", "分类", "编号", "id", "版面"}
)
_HEADER_ONLY_LABELS |= frozenset(label.translate(_TRADITIONAL_LABEL_CHARS) for label in _HEADER_ONLY_LABELS)
_LABELS = "|".join(sorted(map(re.escape, _FIELD_OF_LABEL), key=len, reverse=True))
# A label ends with a colon, or in WeChat articles with a bar (来源｜新华社, 编辑丨小新).
LABEL_ENDS = ":：｜丨"
_LABEL_END = f"[{LABEL_ENDS}]"
_LABEL = re.compile(rf"(?<![A-Za-z\u4e00-\u9fff])({_LABELS})\s*{_LABEL_END}\s*", re.IGNORECASE)
# Inside a metadata line, labels of two characters or more also start right after the previous
# value, which pages often glue to them (来源：融媒体中心浏览次数：2356).
_LONG_LABELS = "|".join(sorted((re.escape(label) for label in _FIELD_OF_LABEL if len(label) > 1), key=len, reverse=True))
_SHORT_LABELS = "|".join(re.escape(label) for label in _FIELD_OF_LABEL if len(label) == 1)
_LABEL_IN_LINE = re.compile(
    rf"(?:({_LONG_LABELS})|(?<![A-Za-z\u4e00-\u9fff])({_SHORT_LABELS}))\s*{_LABEL_END}\s*", re.IGNORECASE
)
# A byline's labels are often written without a colon, a space apart (来源：江临日报 记者 王蕾 通讯员 邓志刚): such a
# label between spaces, before a name, still ends the value before it. The byline is the author's value, as
# 作者：记者 王蕾 通讯员 邓志刚 gives it (记者 and 通讯员 stay in it); an editor's or photographer's label ends it.
_BARE_BYLINE_LABEL = re.compile(r"(?:(?<=\s)|^)(记者|作者|通讯员|责任编辑|编辑|摄影)\s+(?=[\u4e00-\u9fff])")
_BARE_BYLINE_WORDS = ("记者", "作者", "通讯员", "编辑", "摄影")
_BYLINE_WORDS = ("记者", "通讯员")
# Labels before the names of the people who made the article.
_PERSON_LABELS = frozenset({"记者", "作者", "通讯员", "撰稿", "撰稿人", "编辑", "责任编辑", "责编"})
_PERSON_LABELS |= frozenset(label.translate(_TRADITIONAL_LABEL_CHARS) for label in _PERSON_LABELS)
_CLAUSE_BREAK = re.compile(r"[，。；！？]")
_LABEL_AT_START = re.compile(rf"[\[【（(]?\s*({_LABELS})\s*{_LABEL_END}", re.IGNORECASE)
# 【标题】… headers of text corpora; 【正文】 ends the header.
_BRACKET_LABEL = re.compile(r"【\s*([^】\s]{1,8})\s*】\s*[:：]?\s*(.*)")
BODY_MARKERS = frozenset({"正文", "内容", "內容", "全文"})
# Trimmed off a value's ends: separators always, brackets only when unbalanced, so 来源：新华社（北京）
# and 【标题】【重磅】… keep theirs while 发布单位：区管委会） loses the stray one.
_VALUE_TRIM = " \t|｜丨/·,，;；"
_CLOSING_BRACKET = {"(": ")", "（": "）", "[": "]", "【": "】"}
_OPENING_BRACKET = {closing: opening for opening, closing in _CLOSING_BRACKET.items()}

# A year may stand a space apart from month/day (新华网: 2024 03/12 10:48:36).
_DATE = re.compile(
    r"((?:19|20)\d\d)(?:\s*[-/.年]\s*|\s+(?=\d{1,2}/\d))(\d{1,2})(?:\s*[-/.月]\s*(\d{1,2})\s*日?|\s*月)"
)
_DATE_ONLY = re.compile(
    r"[\[【（(]?\s*(?:(?:19|20)\d\d(?:\s*[-/.年]\s*|\s+(?=\d{1,2}/\d))\d{1,2}(?:\s*[-/.月]\s*\d{1,2}\s*日?|\s*月)"
    r"(?:\s*\d{1,2}\s*[:：]\s*\d{1,2}(?:\s*[:：]\s*\d{1,2})?)?)\s*(?:星期.|周.)?\s*[\]】）)]?"
)
_DATE_SEPARATOR = " |｜丨"
# 作者：王洁 李明远　2024-03-12 07:36: the date and time a byline ends with, unlabelled.
_DATE_AFTER_NAMES = re.compile(rf"\s({_DATE_ONLY.pattern})$")
_FURNITURE_IN_VALUE = re.compile(r"\s*(?:【|\[)?\s*(?:字体|字号|打印|关闭|分享|收藏|浏览次数|点击数)")
# 湖川省统计局 国家统计局湖川调查总队: who issued a report, on the line between its title and its date.
# A Big5 page writes them in traditional characters (澳門新聞網, 橫琴日報).
_ISSUER_WORDS = "局|总队|调查队|委员会|管委会|管理委员会|人民政府|政府|办公室|办公厅|中心|研究院|日报|报社|新闻网|电视台"
_TRADITIONAL_ISSUER_WORDS = "總隊|調查隊|委員會|管委會|管理委員會|辦公室|辦公廳|日報|報社|新聞網|電視台|電視臺"
_ISSUER_LINE = re.compile(
    rf"(?:\S{{2,24}}?(?:{_ISSUER_WORDS}|{_TRADITIONAL_ISSUER_WORDS}"
    r"|省\S{1,12}?厅)\s*)+"  # 湖北省科学技术厅, 省商务厅: a province's department
)
MAX_ISSUER_CHARS = 40
# 高新技术科, 政策法规处, 高新技术发展及产业化处, 办公室: a section of a body, named without the body.
_DEPARTMENT = re.compile(r"[^\W\d省市区县]\w{0,10}[科处室股]")
# 经济发展局, 科技创新局: a bureau named without its body, a section of a zone's 管委会 or a government.
_BUREAU = re.compile(r"[^\W\d省市区县国中]\w{1,8}局")
_BODY_OF_BUREAUS = ("管委会", "管理委员会", "人民政府")
# 湖南省科学技术厅, 宁川市江北区人民政府: the place a site's body is of opens its name, two characters or more before its level.
MIN_PLACE_NAME_CHARS = 2
MAX_SITE_PLACE_CHARS = 10
_CJK_NAME = re.compile(r"[\u4e00-\u9fff]+")
# 'Headline_Site name', 'Headline - Site'
_TITLE_SEPARATOR = re.compile(r"\s[-|–—]\s|_|｜|\|")
# …保持较快增长-湖北省科学技术厅: the site's name may follow a bare hyphen too (it must name a body: 1-2月 does not)
_SITE_SEPARATOR = re.compile(rf"{_TITLE_SEPARATOR.pattern}|-")
MAX_ISSUER_LINES = 2
# 《 人民日报 》（ 2023年05月22日   第 02 版）, 《淮东日报》2024年2月27日第3版, 淮东日报数字报 | 2024年02月27日 星期二 |
# 第03版：经济观察: the newspaper and day of a copied print article, above or below it. A paper named
# without 《》 must be followed by its page (第03版, 第A02版), else the line is a byline. An e-paper's page
# links may close the line (淄博日报 2024年11月05日 星期二 第A02版：要闻 上一版 下一版 往期回顾).
_EDITION_SEPARATOR = r"[\s|｜丨>＞›»]*"  # 临沅日报数字报 > 2024年03月12日 > 第01版：要闻
_PRINT_EDITION = re.compile(
    rf"(?:《\s*(?P<paper>[^《》]{{2,12}}?)\s*》|(?P<bare_paper>[\u4e00-\u9fff]{{2,12}}?报)(?:数字报|电子报|电子版|数字版)?)"
    rf"{_EDITION_SEPARATOR}(?P<opening>[（(])?\s*(?P<date>{_DATE.pattern})\s*(?:星期.|周.)?{_EDITION_SEPARATOR}"
    rf"(?P<page>第\s*[A-Za-z]?\d{{1,3}}\s*版(?:\s*[:：]\s*[^\s|｜丨]{{1,12}})?)?\s*(?(opening)[）)])"
    rf"(?:{_EDITION_SEPARATOR}{EPAPER_LINK})*"
)
# A byline under a communiqué's title, unlabelled: 宁川市统计局　2024年3月15日 (or the date first). 今日头条 writes
# the account after the time, a dot between them, whatever its name (2022-07-20 09:12·金城日报, … · 澎湃新闻).
_BYLINE = re.compile(
    rf"(?P<issuer>{_ISSUER_LINE.pattern})\s*(?P<date>{_DATE_ONLY.pattern})"
    rf"|(?P<date_after>{_DATE_ONLY.pattern})\s*"
    rf"(?:[·・•]\s*(?P<account_after>[^\s\d·・•]{{2,20}})|(?P<issuer_after>{_ISSUER_LINE.pattern}))"
)
# A WeChat article's header as copied: 原创 星湾科创园 星湾高新发布 2025年05月20日 18:30 浙江 — maybe its
# author, the account (the publisher), the date (or 2025-05-20) and time, and the region it was posted
# from (浙江, 发表于浙江).
_WECHAT_HEADER = re.compile(
    r"(?:原创\s+)?(?:(?P<author>[^\s\d]{1,16})\s+)?(?P<account>[^\s\d]{2,20})\s+"
    r"(?P<date>(?:19|20)\d\d年\d{1,2}月\d{1,2}日|(?:19|20)\d\d-\d{1,2}-\d{1,2})\s+\d{1,2}:\d\d"
    r"(?:\s*发表于\s*[\u4e00-\u9fff]{2,3}|\s+[\u4e00-\u9fff]{2,3})?"
)
# A reporter's byline opening a header line, before its date or source (原创 记者 王芳 2023-08-09 09:12 来源：澎湃新闻,
# 记者 王芳 来源：澎湃新闻 …), maybe after the outlet the reporter writes for (澎湃新闻记者 王芳 2023-08-09 09:12).
_REPORTER = r"(?:记者|通讯员)\s*[\u4e00-\u9fff]{2,4}"  # 记者 王芳
_MORE_NAMES = r"(?:记者|通讯员)?\s*[\u4e00-\u9fff]{2,4}"  # 李明, 通讯员 邓志刚 after it
_REPORTER_PREFIX = re.compile(
    r"(?:原创\s+)?(?P<outlet>[\u4e00-\u9fff]{2,12}?)?"
    rf"(?P<byline>{_REPORTER}(?:\s+{_MORE_NAMES})*?)"
    rf"\s+(?=(?:19|20)\d\d|{_LABEL.pattern})",
    re.IGNORECASE,
)
# 本报记者, 特约记者: no outlet's name.
_NOT_AN_OUTLET = frozenset({"本报", "本台", "本网", "本刊", "本站", "特约", "见习", "实习", "首席"})
# 本报记者 周婷 (通讯员 李明): a newspaper's byline, a line of its own under the headline.
_OUTLETS_OWN = "|".join(sorted(_NOT_AN_OUTLET))
_BYLINE_ALONE = re.compile(
    rf"(?:{_OUTLETS_OWN})?{_REPORTER}(?:\s+(?:{_OUTLETS_OWN})?{_MORE_NAMES})*"
)
# 21世纪经济报道记者 刘洋 宁川报道, 新华社记者 王芳 北京报道: a reporter (maybe the outlet's) and the place the report is
# filed from, a line of its own under the headline; never the headline.
_FILED_BYLINE = re.compile(
    rf"(?P<outlet>\d{{0,3}}[\u4e00-\u9fff]{{2,12}}?)?(?P<byline>{_REPORTER}(?:\s+{_MORE_NAMES})*?)\s*[\u4e00-\u9fff]{{2,6}}?报道"
)
# An outlet's dateline opening a header line, maybe its reporter in brackets, before the line's date or fields
# (宁川日报讯（记者 王芳） 发布日期：2024年5月16日, 宁川网讯 2020年7月9日 记者 周静); not 通讯员, nor a name
# ending in a word of 讯 (宁川资讯, 宁川快讯).
_OUTLET_DATELINE = re.compile(
    r"(?P<outlet>[\u4e00-\u9fff]{2,12}?)(?<![资快简通喜电])讯(?!员)\s*"
    rf"(?:[（(]\s*(?P<byline>{_REPORTER}(?:\s+{_MORE_NAMES})*)\s*[）)])?\s*"
)
MAX_DATELINE_OUTLET_CHARS = 13
# A reporter's byline closing a header line, after its date (宁川日报 2025年4月10日 记者 王芳).
_REPORTER_AFTER = re.compile(rf"\s(?P<byline>(?:{_OUTLETS_OWN})?{_REPORTER}(?:\s+{_MORE_NAMES})*)$")
# Where an article was posted from, which portals add since 2022 after its date or its source: 发布于四川,
# 发表于：四川省, IP属地：四川, or a province after a dot (2023-08-09 09:12 金城日报·四川); no part of its metadata.
_PROVINCES = "|".join(PROVINCES)
_POSTED_FROM = re.compile(
    r"\s*(?:(?:发布于|发表于|IP属地)\s*[:：]?\s*[\u4e00-\u9fff]{2,3}(?:省|市|自治区)?(?![\u4e00-\u9fff])"
    rf"|[·・•]\s*(?:{_PROVINCES})(?:省|市|自治区)?$)",
    re.IGNORECASE,
)
# A date in Chinese numerals, as a notice's signature writes it: 二〇二三年八月二日, 二〇二三年十二月二十一日.
_CHINESE_DATE = re.compile(r"([〇○零一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,2})\s*月\s*([一二三四五六七八九十]{1,3})\s*日")
# The office signing a notice and the day under it are among its last few lines (a note may follow: （此件公开发布）).
SIGNATURE_SEARCH_LINES = 3
_URL = re.compile(r"https?://[^\s<>\"'，。、；]+", re.IGNORECASE)


def read_plain_text(text: str) -> Article:
    """An article from a plain-text file: leading whitespace (indentation) starts paragraphs."""
    return read_layout(text, indentation_breaks=True)


def read_layout(text: str, known: KnownMetadata = KnownMetadata(), *, indentation_breaks: bool) -> Article:
    """An article from laid-out text: lines, blank lines between paragraphs, a header and a footer.

    ``known`` is metadata found elsewhere (HTML tags); values in the text itself come first.
    """
    lines = without_page_breaks(_lines(normalise_characters(text), indentation_breaks))
    found = _Found()
    kept = _drop_metadata_and_furniture(lines, found)
    if not (found.published or known.published):
        kept = _without_closing_date(kept, found)
    _find_headline(kept, found, known)
    issuer_indexes = _take_issuer_lines(kept, found)
    first = _first_line_after_site_name(kept, found.headline_index)
    title_block = (found.headline_index, found.kicker_index)
    kept = [line for i, line in enumerate(kept) if i >= first and i not in title_block and i not in issuer_indexes]
    body = "\n".join(unwrap(kept))
    return Article(
        text=body,
        title=found.title or known.title,
        publisher=_publisher_of_sites_place(_publisher_named_in_full(
            _publisher_within_site(_chosen("publisher", found, known), known.headline_hints, found.title), lines),
            known.headline_hints, found.title),
        author=_chosen("author", found, known),
        published=_chosen("published", found, known),
        url=_chosen("url", found, known),
    )


def _without_closing_date(lines: list[Line], found: _Found) -> list[Line]:
    """A notice signs off with the office that issued it and the day, each on a line of its own
    (青屿高新区管理委员会办公室 / 二〇二三年八月二日): the day is its publish date, and no body text."""
    first = max(1, len(lines) - SIGNATURE_SEARCH_LINES)
    for index in range(len(lines) - 1, first - 1, -1):
        date = _signature_date(lines[index].text)
        signature = lines[index - 1].text
        if date and len(signature) <= MAX_ISSUER_CHARS and _ISSUER_LINE.fullmatch(signature):
            found.published = date
            return lines[:index] + lines[index + 1 :]
    return lines


def _signature_date(text: str) -> str:
    """The day of a date alone on its line, in figures (2023年8月2日) or in Chinese numerals (二〇二三年八月二日)."""
    if len(text) > MAX_DATE_LINE_CHARS:
        return ""
    if _DATE_ONLY.fullmatch(text):
        return parse_date(text)
    chinese = _CHINESE_DATE.fullmatch(text)
    if chinese is None:
        return ""
    year, month, day = (int(parse_chinese(part) or 0) for part in chinese.groups())
    return f"{year:04d}-{month:02d}-{day:02d}" if 1 <= month <= 12 and 1 <= day <= 31 else ""


def labelled_metadata(lines: list[str]) -> KnownMetadata:
    """The metadata that labelled values give (发布机构：…, 发文日期：…), one or more to a line; the
    publisher and date are sure, as a page states them in a table of the document's particulars."""
    found = _Found()
    for line in lines:
        for name, value in _labelled_values(line):
            _offer_field(found, _FIELD_OF_LABEL.get(name.lower(), ""), value)
    return KnownMetadata(
        title=found.title, publisher=found.publisher, author=found.author, published=found.published, url=found.url,
        sure_fields=("publisher", "published"),
    )


def _publisher_within_site(publisher: str, headline_hints: tuple[str, ...], title: str) -> str:
    """A source that is a section of the site's body (来源：高新技术科 on a page titled '… - 云阳市科学技术局',
    来源：经济发展局 on one titled '… - 青岚高新区管委会') is that body's section."""
    if not publisher:
        return publisher
    section = _DEPARTMENT.fullmatch(publisher) is not None
    if not section and _BUREAU.fullmatch(publisher) is None:
        return publisher
    site = next((site for hint in headline_hints if (site := _site_name(hint)) and site not in title), "")
    if not section and not site.endswith(_BODY_OF_BUREAUS):
        return publisher  # 统计局 on a page of 云泽市统计局: the site itself, named short
    return site + publisher


def _publisher_named_in_full(publisher: str, lines: list[Line]) -> str:
    """来源：市投资促进局 names a body by its level alone; the page names it in full where a line opens with it (the
    site's header, the signature, 主办单位：黎川市投资促进局): 黎川市投资促进局."""
    if len(publisher) < 4 or publisher[0] not in PLACE_LEVELS or _ISSUER_LINE.fullmatch(publisher) is None:
        return publisher
    named_in_full = re.compile(rf"(?:^|[\s：:])([\u4e00-\u9fff]{{2,4}}){re.escape(publisher)}")
    for line in lines:
        if publisher in line.text and (full := named_in_full.search(line.text)) is not None:
            return full.group(1) + publisher
    return publisher


def _publisher_of_sites_place(publisher: str, headline_hints: tuple[str, ...], title: str) -> str:
    """来源：省科技厅高新技术发展及产业化处 on a page titled '… - 湖南省科学技术厅': a body the page names by its level
    alone (省, 市) is of the place of that level the site's body is of (湖南省科技厅高新技术发展及产业化处)."""
    if len(publisher) < 3 or publisher[0] not in PLACE_LEVELS or publisher[1] in PLACE_LEVELS:
        return publisher
    for hint in headline_hints:
        site = _site_name(hint) or _site_after_headline(hint, title)
        if site and site not in title:
            level_at = site.find(publisher[0], MIN_PLACE_NAME_CHARS, MAX_SITE_PLACE_CHARS)
            if level_at != -1 and _CJK_NAME.fullmatch(site, 0, level_at):
                return site[:level_at] + publisher
    return publisher


def _site_name(page_title: str) -> str:
    """'Headline - 云阳市科学技术局' -> 云阳市科学技术局: the site after the title, if it is a body's name."""
    parts = [part.strip() for part in _SITE_SEPARATOR.split(page_title) if part.strip()]
    return parts[-1] if len(parts) > 1 and _ISSUER_LINE.fullmatch(parts[-1]) else ""


def _site_after_headline(page_title: str, headline: str) -> str:
    """'我省高新区营业收入稳步增长 江苏省人民政府' -> 江苏省人民政府: the site set off from the headline by a space alone,
    if it is a body's name."""
    if not headline or not page_title.startswith(headline):
        return ""
    site = page_title[len(headline):].strip()
    return site if _ISSUER_LINE.fullmatch(site) else ""


def _chosen(name: str, found: _Found, known: KnownMetadata) -> str:
    """The value the text gives, else the known one; the known one first if it is sure."""
    if name in known.sure_fields:
        return getattr(known, name) or getattr(found, name)
    return getattr(found, name) or getattr(known, name)


def starts_list_item(text: str) -> bool:
    """Whether ``text`` opens like an item or heading of a list: 一、 （二） 3、 ● 第五条"""
    return LIST_START.match(text) is not None


def normalise_characters(text: str) -> str:
    """Unify line endings and drop characters that are invisible or not text (zero-width, BOM)."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    for separator in LINE_SEPARATORS:
        if separator in text:
            text = text.replace(separator, "\n")
    # Plain substring tests first: scanning with a character class costs more than these.
    for invisible in INVISIBLE_CHARACTERS:
        if invisible in text:
            text = text.replace(invisible, "")
    return _CONTROL_CHARACTERS.sub("", text)


def parse_date(value: str) -> str:
    """The first date in ``value`` as ISO ``YYYY-MM-DD`` (or ``YYYY-MM``), or ""."""
    value = unicodedata.normalize("NFKC", value)
    for match in _DATE.finditer(value):
        year, month, day = int(match.group(1)), int(match.group(2)), match.group(3)
        if not 1 <= month <= 12:
            continue
        if day is None:
            return f"{year:04d}-{month:02d}"
        if 1 <= int(day) <= 31:
            return f"{year:04d}-{month:02d}-{int(day):02d}"
    return ""


def parse_date_alone(value: str) -> str:
    """The date ``value`` holds and nothing else (2024-05-20 18:03, 2024年5月20日 星期一), as :func:`parse_date`, or ""."""
    value = collapse_spaces(value)
    return parse_date(value) if len(value) <= MAX_DATE_LINE_CHARS and _DATE_ONLY.fullmatch(value) else ""


def collapse_spaces(text: str) -> str:
    """Every run of spaces (tabs, no-break and ideographic spaces too) as one space, ends stripped."""
    return _collapse_runs(text).strip()


def _collapse_runs(text: str) -> str:
    text = _OTHER_SPACES.sub(" ", text)
    return _SPACE_RUN.sub(" ", text) if "  " in text else text


def _lines(text: str, indentation_breaks: bool) -> list[Line]:
    # Spaces collapse in one pass over the whole text; indentation is read from the raw lines.
    collapsed = _collapse_runs(text).split("\n")
    raw_lines = text.split("\n") if indentation_breaks else collapsed
    lines: list[Line] = []
    after_blank = True
    previous_indent = 0
    for raw, content in zip(raw_lines, collapsed):
        content = content.strip()
        if not content:
            after_blank = True
            continue
        indent = _indent_width(raw) if indentation_breaks and raw[0].isspace() else 0
        lines.append(Line(content, after_blank or indent > previous_indent, indent > 0))
        after_blank = False
        previous_indent = indent
    return lines


def _indent_width(raw: str) -> int:
    leading = raw[: len(raw) - len(raw.lstrip())]
    return len(leading) + leading.count("\u3000") + 3 * leading.count("\t")


def _drop_metadata_and_furniture(lines: list[Line], found: _Found) -> list[Line]:
    kept: list[Line] = []
    in_header = True
    gap = False  # a dropped line separates the lines around it
    footer_at = -1  # where (in kept) the last footer line was dropped
    in_link_list = False  # after 相关新闻: the titles listed under it
    for line in lines:
        text = line.text
        if in_link_list and _is_listed_title(text):
            gap = True
            continue
        in_link_list = False
        if in_header and _ends_header(text, len(kept)):
            in_header = False
        spaced_out = _is_spaced_out(text)
        if spaced_out or _may_be_furniture(text, in_header):  # most lines are plainly body text and skip this
            if _take_metadata(text, in_header, found, len(kept)):
                gap = True
                body = _body_after_marker(text)
                if body is None:
                    continue
                in_header = False
                if not body:
                    continue
                text = body
            else:
                probe = _simplified_for_furniture(text.replace(" ", "") if spaced_out else text)
                kind = _furniture_kind(probe)
                if kind:
                    gap = True
                    in_link_list = _SECTION_OF_LINKS.fullmatch(probe) is not None
                    if kind == FOOTER:
                        footer_at = len(kept)
                    continue
        kept.append(line if not gap and text is line.text else Line(text, line.starts_paragraph or gap))
        gap = False
    return _drop_footer_tail(kept, footer_at)


def _is_spaced_out(text: str) -> bool:
    """A line written a space between its characters (人 民 网 版 权 所 有), as page footers are."""
    return " " in text and len(text) <= MAX_FURNITURE_CHARS and _SPACED_OUT.search(text) is not None


def _simplified_for_furniture(text: str) -> str:
    """A traditional line in simplified characters, for the furniture patterns (written simplified);
    metadata labels are matched as written, and values keep their characters."""
    return text.translate(_SIMPLIFIED_FURNITURE_CHARS) if _TRADITIONAL_CHARACTER.search(text) else text


def _is_listed_title(text: str) -> bool:
    """A line of a list of other articles: a short title, maybe with its date, no sentence."""
    return len(text) <= MAX_LISTED_TITLE_CHARS and text[-1] not in SENTENCE_END


def _may_be_furniture(text: str, in_header: bool) -> bool:
    """A cheap test that every metadata, furniture and footer line passes (and few others do)."""
    first = text[0]
    if not first.isalpha() and _JUNK.fullmatch(text):
        return True
    if len(text) <= MAX_FURNITURE_CHARS and _MAY_BE_FURNITURE.search(text):
        return True
    if in_header and first in SUBTITLE_DASHES:
        return True
    if in_header and len(text) <= MAX_METADATA_CHARS and (_POSTED_FROM.search(text)  # …09:12 发布于四川
                                                           or _BYLINE_ALONE.fullmatch(text)  # 本报记者 周婷
                                                           or "报道" in text and _FILED_BYLINE.fullmatch(text)):
        return True
    # 2024年3月15日 宁川市统计局, or the date after the issuer (a byline: 宁川市统计局 2024年3月15日, …2024-03-20,
    # 安吉县统计局 2022年3月)
    last = text[-1]
    return in_header and len(text) <= MAX_DATE_LINE_CHARS and (first.isdigit() or first in "(（" or last in "日月"
                                                           or last.isdigit() or "日 " in text)  # …05月20日 18:30 浙江


def _ends_header(text: str, kept_so_far: int) -> bool:
    """The header ends at the first sentence of body text (or after a few lines of it)."""
    if kept_so_far >= MAX_HEADER_LINES:
        return True
    if len(text) < BODY_LINE_CHARS and (text[-1] not in "。！？" or (kept_so_far == 0 and text[-1] in EXCLAIMED)):
        return False  # (前三季度，宁川高新区经济运行这样“答卷”！: a headline may exclaim or ask)
    return not _is_metadata_line(text, True) and not text.startswith("【")


def _take_metadata(text: str, in_header: bool, found: _Found, position: int) -> bool:
    """Record the metadata ``text`` holds; True if the line is metadata (not body)."""
    if in_header and len(text) <= MAX_METADATA_CHARS and _POSTED_FROM.search(text):
        return _take_metadata_without_place(text, found, position)
    filed = _FILED_BYLINE.fullmatch(text) if in_header and len(text) <= MAX_METADATA_CHARS and "报道" in text else None
    if filed is not None:
        found.offer("author", filed.group("byline"))
        if filed.group("outlet") not in _NOT_AN_OUTLET:
            found.offer("publisher", filed.group("outlet") or "")
        found.meta_line_indexes.append(position)
        return True
    if in_header and len(text) <= MAX_METADATA_CHARS and _BYLINE_ALONE.fullmatch(text):
        found.offer("author", text)
        found.meta_line_indexes.append(position)
        return True
    reporter = _REPORTER_PREFIX.match(text) if in_header and len(text) <= MAX_METADATA_CHARS else None
    if reporter is not None:
        return _take_metadata_after_reporter(text, reporter, found, position)
    bracket = _BRACKET_LABEL.fullmatch(text) if text[0] == "【" else None
    if bracket and (bracket.group(1).lower() in _FIELD_OF_LABEL or bracket.group(1) in BODY_MARKERS):
        field_name = _FIELD_OF_LABEL.get(bracket.group(1).lower(), "")
        _offer_field(found, field_name, _trimmed(bracket.group(2)))
        found.meta_line_indexes.append(position)
        return True
    if _is_metadata_line(text, in_header):
        for name, value in _labelled_values(text):
            _offer_field(found, _FIELD_OF_LABEL.get(name.lower(), ""), value)
        first_label = _LABEL_IN_LINE.search(text)
        head = text[: first_label.start()].strip() if first_label else ""
        if head and in_header and _take_metadata(head, True, found, position):  # 宁川日报 2024年5月16日 记者：王芳 编辑：李明
            pass
        elif first_label and _DATE.search(text, 0, first_label.start()):  # 2023年08月12日 09:15 来源：…
            found.offer("published", parse_date(text[: first_label.start()]))
        found.meta_line_indexes.append(position)
        return True
    if in_header and len(text) <= MAX_DATE_LINE_CHARS and _DATE_ONLY.fullmatch(text):
        found.offer("published", parse_date(text))
        found.meta_line_indexes.append(position)
        return True
    edition = _print_edition(text)
    if edition is not None:
        found.offer("publisher", edition.group("paper") or edition.group("bare_paper"))
        found.offer("published", parse_date(edition.group("date")))
        found.meta_line_indexes.append(position)
        return True
    byline = _BYLINE.fullmatch(text) if in_header and len(text) <= MAX_DATE_LINE_CHARS else None
    if byline is not None:
        found.offer("publisher", (byline.group("issuer") or byline.group("issuer_after")
                                   or byline.group("account_after")).strip())
        found.offer("published", parse_date(byline.group("date") or byline.group("date_after")))
        found.meta_line_indexes.append(position)
        return True
    wechat = _WECHAT_HEADER.fullmatch(text) if in_header and len(text) <= MAX_DATE_LINE_CHARS and ":" in text else None
    if wechat is not None and not _is_label(wechat.group("account")) and not _is_label(wechat.group("author") or ""):
        found.offer("publisher", wechat.group("account"))
        found.offer("author", wechat.group("author") or "")
        found.offer("published", parse_date(wechat.group("date")))
        found.meta_line_indexes.append(position)
        return True
    if in_header and len(text) <= MAX_METADATA_CHARS and _take_metadata_with_byline(text, found, position):
        return True
    if len(text) <= MAX_METADATA_CHARS and text[:4].lower() == "http" and _URL.fullmatch(text):
        found.offer("url", text)
        return True
    if in_header and text[0] in SUBTITLE_DASHES and len(text) <= MAX_METADATA_CHARS:
        # ——2024年1月15日在市第十七届人民代表大会第四次会议上: the report's date; the line stays body text.
        date = _DATE.search(text)
        if date:
            found.offer("published", parse_date(date.group()))
    return False


def _take_metadata_after_reporter(text: str, reporter: re.Match, found: _Found, position: int) -> bool:
    """A header line opening with a reporter's byline (澎湃新闻记者 王芳 2023-08-09 09:12): metadata if the rest
    is; the byline is its author, and the outlet before 记者 its publisher."""
    if not _take_metadata(text[reporter.end():], True, found, position):
        return False
    found.offer("author", reporter.group("byline"))
    outlet = reporter.group("outlet") or ""
    if outlet not in _NOT_AN_OUTLET:
        found.offer("publisher", outlet)
    return True


def _take_metadata_with_byline(text: str, found: _Found, position: int) -> bool:
    """A header line around its date with an outlet's dateline before (宁川日报讯（记者 王芳） 发布日期：2024年5月16日)
    or a reporter's byline after (宁川日报 2025年4月10日 记者 王芳): metadata if the rest is; the outlet is
    its publisher, the reporter its author. A lead after a dateline (本报讯 5月15日，…) stays body text."""
    dateline = _OUTLET_DATELINE.match(text) if "讯" in text[:MAX_DATELINE_OUTLET_CHARS] else None
    if dateline is not None:
        rest = text[dateline.end():]
        if not rest or not _take_metadata(rest, True, found, position):
            return False
        outlet = dateline.group("outlet")
        if outlet not in _NOT_AN_OUTLET:
            found.offer("publisher", outlet)
        found.offer("author", dateline.group("byline") or "")
        return True
    byline = _REPORTER_AFTER.search(text) if "记者" in text or "通讯员" in text else None
    if byline is None:
        return _take_metadata_before_fields(text, found, position)
    if not _take_metadata(text[:byline.start()], True, found, position):
        return False
    found.offer("author", byline.group("byline"))
    return True


def _take_metadata_before_fields(text: str, found: _Found, position: int) -> bool:
    """A header line whose labelled fields follow its unlabelled byline or date (澳门新闻网　2024年3月12日　记者：梁嘉欣):
    metadata if the part before the first label is; the fields are read as on a line of their own."""
    first_label = _LABEL_IN_LINE.search(text, 1) if "：" in text or ":" in text else None
    if first_label is None or not text[first_label.start() - 1].isspace():
        return False
    fields = text[first_label.start():]
    if not _is_metadata_line(fields, True) or not _take_metadata(text[:first_label.start()].rstrip(), True, found, position):
        return False
    for name, value in _labelled_values(fields):
        _offer_field(found, _FIELD_OF_LABEL.get(name.lower(), ""), value)
    return True


def _take_metadata_without_place(text: str, found: _Found, position: int) -> bool:
    """A header line with where it was posted from (金城日报 2023-08-09 09:12 发布于四川): its metadata is
    the rest's; a line naming only the place is metadata too."""
    rest = collapse_spaces(_POSTED_FROM.sub(" ", text))
    if rest:
        return _take_metadata(rest, True, found, position)
    found.meta_line_indexes.append(position)
    return True


def print_edition(text: str) -> tuple[str, str] | None:
    """淮东日报数字报 | 2024年02月27日 星期二 | 第03版 -> ("淮东日报", "2024-02-27"): a print edition's paper and day."""
    edition = _print_edition(text) if text else None
    if edition is None:
        return None
    return edition.group("paper") or edition.group("bare_paper"), parse_date(edition.group("date"))


def _print_edition(text: str) -> re.Match | None:
    """The match of a print edition's line (《人民日报》（2023年5月22日第2版）, 淮东日报 2024年02月27日 第03版), or None."""
    if text[0] != "《" and "版" not in text:
        return None
    edition = _PRINT_EDITION.fullmatch(text)
    if edition is None or (edition.group("bare_paper") and not edition.group("page")):
        return None
    return edition


def _is_label(word: str) -> bool:
    """发布时间, 日期: a field's label written without its colon, not a name."""
    return word.lower() in _FIELD_OF_LABEL or word.endswith(("时间", "日期"))


def _body_after_marker(text: str) -> str | None:
    """For a 【正文】 line, the body text after the marker ("" if none); None for other lines."""
    bracket = _BRACKET_LABEL.fullmatch(text) if text[0] == "【" else None
    if bracket and bracket.group(1) in BODY_MARKERS:
        return bracket.group(2).strip()
    return None


def _is_metadata_line(text: str, in_header: bool) -> bool:
    if len(text) > MAX_METADATA_CHARS or not ("：" in text or ":" in text or "｜" in text or "丨" in text):
        return False
    start = _LABEL_AT_START.match(text, _date_end(text))  # 2023-04-25 来源：… starts with its date
    if start and (in_header or start.group(1).lower() not in _HEADER_ONLY_LABELS):
        return not _is_spoken_after_person_label(start.group(1), text[start.end() :])
    return len(_LABEL.findall(text)) >= 2


def _is_spoken_after_person_label(label: str, value: str) -> bool:
    """记者：1至5月，高新区规上工业总产值完成352.8亿元，同比增长10.2%: a transcript's reporter speaking, a
    sentence with figures after the label, where a byline (记者：王小川 编辑：赵颖) gives only names."""
    return (label in _PERSON_LABELS and _CLAUSE_BREAK.search(value) is not None
            and any(character.isdigit() for character in value))


def _date_end(text: str) -> int:
    """Where a date opening ``text`` ends (and the spaces and bar after it: 2024年02月05日08:16 | 来源：…), or 0."""
    if not text[0].isdigit():
        return 0
    date = _DATE_ONLY.match(text)
    return len(text) - len(text[date.end() :].lstrip(_DATE_SEPARATOR)) if date else 0


def _labelled_values(text: str) -> list[tuple[str, str]]:
    matches = list(_LABEL_IN_LINE.finditer(text))
    values = []
    for match, following in zip(matches, matches[1:] + [None]):
        end = following.start() if following else len(text)
        value = _trimmed(text[match.end() : end])
        name = match.group(1) or match.group(2)
        if any(word in value for word in _BARE_BYLINE_WORDS):
            values.extend(_split_at_bare_labels(name, value))
        else:
            values.append((name, value))
    return values


def _split_at_bare_labels(name: str, value: str) -> list[tuple[str, str]]:
    """来源：江临日报 记者 王蕾 通讯员 邓志刚 -> 江临日报 (来源), 记者 王蕾 通讯员 邓志刚 (记者): a byline label
    without a colon ends a value, but within the author's byline only an editor's or a photographer's does."""
    in_byline = _FIELD_OF_LABEL.get(name.lower()) == "author"
    for match in _BARE_BYLINE_LABEL.finditer(value):
        label = match.group(1)
        if in_byline and label in _BYLINE_WORDS + ("作者",):
            continue
        rest = value[match.start() :] if label in _BYLINE_WORDS else value[match.end() :]
        return [(name, _trimmed(value[: match.start()])), *_split_at_bare_labels(label, rest)]
    return [(name, value)]


def _offer_field(found: _Found, field_name: str, value: str) -> None:
    if field_name != "url":
        value = _trimmed(_FURNITURE_IN_VALUE.split(value, 1)[0])  # 区管委会办公室 【字体：大 中 小】
    if not field_name or not value:
        return
    if field_name == "published":
        found.offer("published", parse_date(value))
    elif field_name == "publisher":
        # "《经济日报》2019年5月6日 第3版": the paper's name, and the date it ran.
        date = _DATE.search(value)
        if date:
            found.offer("published", parse_date(value))
            value = value[: date.start()]
        found.offer("publisher", _trimmed(value, "《》"))
    elif field_name == "author" and (date := _DATE_AFTER_NAMES.search(value)):
        found.offer("published", parse_date(date.group(1)))
        found.offer("author", _trimmed(value[: date.start()]))
    elif field_name == "url":
        url = _URL.search(value)
        found.offer("url", url.group() if url else "")
    else:
        found.offer(field_name, value)


def _trimmed(value: str, also: str = "") -> str:
    """``value`` without separators (and ``also``) at its ends, nor brackets there that are unpaired
    or wrap it whole (【张三】)."""
    previous = None
    while value != previous:
        previous = value
        value = value.strip(_VALUE_TRIM + also)
        if len(value) > 2 and _CLOSING_BRACKET.get(value[0]) == value[-1] and value.count(value[0]) == 1:
            value = value[1:-1]
        if value and value[0] in _CLOSING_BRACKET and value.count(value[0]) > value.count(_CLOSING_BRACKET[value[0]]):
            value = value[1:]
        if value and value[-1] in _OPENING_BRACKET and value.count(value[-1]) > value.count(_OPENING_BRACKET[value[-1]]):
            value = value[:-1]
    return value


def _furniture_kind(text: str) -> str:
    """FOOTER, FURNITURE (junk, breadcrumb, links, print buttons) or "" for a body line."""
    if not text[0].isalpha() and _JUNK.fullmatch(text):
        return FURNITURE
    if len(text) > MAX_FURNITURE_CHARS:
        return ""
    if _FOOTER_STRONG.search(text) or (text[-1] not in "。！？" and _FOOTER_LABEL.search(text)):
        return FOOTER
    if _BREADCRUMB.match(text) or _FURNITURE.search(text) or _SECTION_OF_LINKS.fullmatch(text) \
            or _TOOL_BAR.fullmatch(text) or _is_social_furniture(text) or _is_pagination(text) \
            or _ATTACHMENTS_HEADING.fullmatch(text) or _LONE_FURNITURE.fullmatch(text):
        return FURNITURE
    return ""


def _is_pagination(text: str) -> bool:
    return "页" in text and _PAGINATION.fullmatch(text) is not None


def _is_social_furniture(text: str) -> bool:
    if _SOCIAL_BUTTONS.fullmatch(text):
        return True
    return len(text) <= MAX_FOLLOW_PROMPT_CHARS and _FOLLOW_PROMPT.search(text) is not None


def _drop_footer_tail(lines: list[Line], footer_at: int) -> list[Line]:
    """Drop what sits between the article's end and a dropped footer: a site name, a heading.

    Only short lines without a sentence end or a figure go, so a closing table row or a
    signature with a date stays.
    """
    if footer_at < 0:
        return lines
    end = len(lines)
    while end > max(0, len(lines) - MAX_TAIL_LINES) and _is_tail_furniture(lines[end - 1].text):
        end -= 1
    return lines[:end] if footer_at >= end else lines


def _is_tail_furniture(text: str) -> bool:
    return len(text) <= 30 and text[-1] not in SENTENCE_END and not _DIGIT.search(text)


def _first_line_after_site_name(lines: list[Line], headline_index: int) -> int:
    """Where the body may begin: after the headline when all above it is a site's name or banner
    (株洲高新区门户网站: short lines, no sentence, no figure), else at the top."""
    if not 0 < headline_index <= MAX_HEADER_LINES:
        return 0
    if all(_is_tail_furniture(line.text) for line in lines[:headline_index]):
        return headline_index
    return 0


def _find_headline(lines: list[Line], found: _Found, known: KnownMetadata) -> None:
    """Choose the title and the line holding it (dropped from the body, the pane shows it on top)."""
    title = found.title or known.title
    if title:
        found.title = _headline_naming_its_place(title, known.headline_hints)
        found.headline_index = _line_resembling(lines, (title,))
        return
    hinted = _line_resembling(lines, known.headline_hints)
    if hinted >= 0:
        found.title, found.headline_index = _headline_naming_its_place(lines[hinted].text, known.headline_hints), hinted
        return
    candidate = _headline_before_metadata(lines, found) if found.meta_line_indexes else _leading_headline(lines)
    if candidate < 0 and found.meta_line_indexes and _is_headline_under_kicker(lines):
        candidate = 1
    if candidate >= 0:
        found.title, found.headline_index = lines[candidate].text, candidate
        if _has_kicker(lines, candidate):
            found.kicker_index = 0
    elif known.headline_hints:
        found.title = _title_without_site_name(known.headline_hints[0])


def _headline_naming_its_place(headline: str, headline_hints: tuple[str, ...]) -> str:
    """A page's <title> may name the place its headline leaves out (2025年一季度主要经济指标完成情况 on a page
    titled 2025年一季度青岚高新区主要经济指标完成情况): the <title>'s headline is the article's, in full."""
    compact = _compact(headline)
    for hint in headline_hints:
        for part in _TITLE_SEPARATOR.split(hint):
            part = _compact(part)
            if len(part) <= len(compact) or not _is_headline_of(compact, part):
                continue
            shared = _shared_opening(compact, part)
            place = part[shared:shared + len(part) - len(compact)]
            if ZONE_RE.fullmatch(place) or CITY_RE.fullmatch(place):
                return part
    return headline


def _take_issuer_lines(lines: list[Line], found: _Found) -> range:
    """A communiqué names who issued it under its title, maybe above its date (湖川省统计局, and on a line
    of its own 国家统计局湖川调查总队): those lines are the publisher, not body text. Their indexes."""
    first = found.headline_index + 1
    if found.headline_index < 0:
        return range(0)
    end = first
    while end < min(len(lines), first + MAX_ISSUER_LINES) and _is_issuer_line(lines[end].text):
        end += 1
    if end > first:
        found.offer("publisher", lines[first].text)
    return range(first, end)


def _is_issuer_line(text: str) -> bool:
    return len(text) <= MAX_ISSUER_CHARS and _ISSUER_LINE.fullmatch(text) is not None


def _line_resembling(lines: list[Line], titles: tuple[str, ...]) -> int:
    wanted = [_compact(title) for title in titles if title]
    first_chars = {title[0] for title in wanted if title}
    for index, line in enumerate(lines[:HEADLINE_SEARCH_LINES]):
        if len(line.text) > MAX_TITLE_CHARS or line.text[0] not in first_chars:  # the line is stripped
            continue
        compact = _compact(line.text)
        if len(compact) < 4:
            continue
        if any(_is_headline_of(compact, title) for title in wanted):
            return index
    return -1


def _is_headline_of(line: str, title: str) -> bool:
    """The line is the title, or most of it (a page title often adds the site's name, or the place the line
    leaves out: 2025年一季度主要经济指标完成情况 under a title naming 青岚高新区 after 一季度)."""
    if line == title:
        return True
    if len(line) < 0.5 * len(title) or len(line) >= len(title):
        return False
    shared = _shared_opening(line, title)
    return shared > 0 and title.endswith(line[shared:])


def _shared_opening(line: str, title: str) -> int:
    return next((i for i, (a, b) in enumerate(zip(line, title)) if a != b), min(len(line), len(title)))


def _headline_before_metadata(lines: list[Line], found: _Found) -> int:
    """The typical page header: the headline right above a 来源/作者/发布时间 line."""
    first_meta = found.meta_line_indexes[0]
    for index in range(min(first_meta, len(lines)) - 1, max(-1, first_meta - 4), -1):
        text = lines[index].text
        if _looks_like_headline(text.rstrip(EXCLAIMED) or text) and not _ISSUER_LINE.fullmatch(text):
            if text[0] in SUBTITLE_DASHES and index and _looks_like_headline(lines[index - 1].text):
                return index - 1  # 创新高地竞相迸发活力 / ——三地国家高新区高质量发展观察: the title over its subtitle
            return index
    return _leading_headline(lines) if first_meta == 0 else -1


def _is_headline_under_kicker(lines: list[Line]) -> bool:
    """A newspaper's two-line headline under its edition line, apart from the body: 23个项目集中签约 总投资186.5亿元
    (the 引题) over 临沅高新区重大项目集中签约活动举行 (the 主题)."""
    return (
        len(lines) > 2
        and lines[2].starts_paragraph
        and _looks_like_headline(lines[1].text)
        and _CLAUSE_BREAK.search(lines[1].text) is None  # 4月17日，高新区集中签约项目23个: a sentence, body text
        and _has_kicker(lines, 1)
    )


def _has_kicker(lines: list[Line], headline_index: int) -> bool:
    """The first line, right over the headline in its paragraph, is short and no sentence: a 引题, not body text."""
    kicker = lines[0].text if headline_index == 1 and not lines[1].starts_paragraph else ""
    return (
        len(kicker) <= MAX_KICKER_CHARS
        and _looks_like_headline(kicker)
        and _CLAUSE_BREAK.search(kicker) is None
    )


def _leading_headline(lines: list[Line]) -> int:
    """A short first line standing apart (a paragraph of its own) before longer text
    (which may come after a section heading: 一、综合)."""
    if (
        len(lines) >= 2
        and (lines[1].starts_paragraph or len(lines[0].text) < shortest_wrapped_line(lines))
        and _looks_like_headline(lines[0].text)
        and len(_first_text_after_section_heading(lines).text) > len(lines[0].text)
    ):
        return 0
    return -1


def _first_text_after_section_heading(lines: list[Line]) -> Line:
    """The line after the first one, or after the section heading (一、综合) or the issuers (宁川市统计局) there."""
    if len(lines) > 2 and LIST_START.match(lines[1].text) and len(lines[1].text) <= SECTION_HEADING_CHARS:
        return lines[2]
    index = 1
    while index < min(len(lines) - 1, 1 + MAX_ISSUER_LINES) and _is_issuer_line(lines[index].text):
        index += 1
    return lines[index]


def _looks_like_headline(text: str) -> bool:
    return (
        4 <= len(text) <= MAX_TITLE_CHARS
        and text[-1] not in "。！？；，,;"
        and not LIST_START.match(text)
        and not is_table_row(text)
    )


def is_table_row(text: str) -> bool:
    """指标 2021年 2022年 2023年: a table's line, several of its cells figures, or a figure and a dash for one not
    given (固定资产投资 亿元 — 12.1)."""
    if not is_table_line(text):
        return False
    cells = text.split()
    if sum(1 for cell in cells if _DIGIT.search(cell)) >= 2:
        return True
    return any(_MISSING_CELL.fullmatch(cell) for cell in cells) and any(_NUMBER_CELL.fullmatch(cell) for cell in cells)


def _title_without_site_name(title: str) -> str:
    """'Headline_Site name' or 'Headline - Site' -> 'Headline'."""
    parts = [part.strip() for part in _TITLE_SEPARATOR.split(title) if part.strip()]
    return parts[0] if parts else title.strip()


def _compact(text: str) -> str:
    return "".join(text.split())


