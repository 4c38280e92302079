"""From an HTML page to an article: visible text in reading order, metadata from the tags.

Block elements (p, div, li, h1, br, tr, ...) end lines; inline elements (span, b, a, ...)
join without a separator, so ``<p>收入<span>185</span><span>亿元</span></p>`` reads
``收入185亿元``. Inside paragraph elements whitespace follows the browser: runs collapse to
one space, and a line break in the source next to a Chinese character disappears (the CSS
segment-break rule). Text lying outside them, or holding blank lines, is laid-out text with
tags sprinkled in (pages served that way are common): a blank line there separates
paragraphs and a single line break is a soft break that ``read_text`` may join again.

A row of a data table is one line, its cells a space apart, whatever blocks and <br> the cells
wrap their text in (``table_rows`` reads such lines); a table laying out the page keeps the
paragraphs of its cells.

Scripts, styles, comments, hidden elements, navigation, footers, lists of other articles, readers'
comments and footnote markers are dropped,
and so is a 政府信息公开 table of a document's particulars, whose publisher and date are kept; the lines
then go through the same header/footer rules as plain text (``read_text.read_layout``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from functools import lru_cache

from selectolax.lexbor import LexborHTMLParser, LexborNode

from viewer.core.growth import RATE_VERBS
from viewer.core.line_joins import SENTENCE_END
from viewer.core.read_text import (
    Article,
    KnownMetadata,
    collapse_spaces,
    labelled_metadata,
    parse_date,
    parse_date_alone,
    print_edition,
    read_layout,
    starts_list_item,
)
from viewer.core.units import unit_regex

# A select's options go with it; an <option> outside one is a stray junk tag that a parser lets run on
# over the whole article, so it is not skipped on its own.
SKIPPED_TAGS = frozenset(
    {
        "script", "style", "noscript", "template", "head", "title", "iframe", "frame", "object", "embed",
        "svg", "math", "canvas", "audio", "video", "map", "select", "datalist", "button",
        "textarea", "input", "nav", "footer", "aside", "-comment",
    }
)
BLOCK_TAGS = frozenset(
    {
        "address", "article", "blockquote", "body", "br", "caption", "center", "dd", "details", "dialog",
        "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "form", "h1", "h2", "h3", "h4", "h5",
        "h6", "header", "hgroup", "hr", "html", "legend", "li", "main", "menu", "ol", "p", "pre", "section",
        "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
    }
)
# Inside these a source line break is only whitespace, as in a browser; elsewhere (text lying in
# <body> or a <div>) it may be the line structure of text served with tags around it.
PARAGRAPH_TAGS = frozenset(
    {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "dt", "dd", "caption", "figcaption", "summary"}
)
# Table cells in one row stay on one line, a space apart (so 2021 and 436.29 never merge).
CELL_TAGS = frozenset({"td", "th"})
# Cells are set apart by a tab, which the line's spaces collapse into later: a source line break
# between cells takes the spaces around it away (as inside a paragraph), a tab stays.
CELL_GAP = "\t"
# A row of a data table (several cells of a few words or a figure each) is one line, whatever
# paragraphs and <br> its cells hold (Word's tables wrap each cell's text in <p>). A row of a layout
# table lays out the page: a cell holds the article (long text, several sentences) or more tables.
DATA_ROW = "tr data"  # the tag a data table's <tr> goes by in the walk
TABLE_HOLDER_TAGS = frozenset({"tr", "table"})
MAX_DATA_CELL_CHARS = 60  # a long row name (居民消费价格指数（上年同期=100）) has 20 to 40
MAX_DATA_CELL_SENTENCES = 1
# An empty cell between a data row's name and a figure keeps its place, as the dash tables write
# for a figure not given, so that the figures after it stay under their columns. (Empty cells at
# a row's ends need none: in a layout row they are spacers, around a title or a date.)
EMPTY_CELL = "—"
# Spaces between two Chinese characters of a cell pad a short label to the column's width (地　区, 全  省)
_PADDING_IN_CELL = re.compile(r"(?<=[\u4e00-\u9fff])[ \u3000\xa0]+(?=[\u4e00-\u9fff])")
_PADDING_SPACES = (" ", "\u3000", "\xa0")
_FIGURE_START = re.compile(r"[\s\x01]*[\d\-+−.．—–…/]")
_SENTENCE_END = re.compile(r"[。！？!?]")
# A cell of a table's body: a figure or a dash for one not given (a header's cells are words, or years with 年).
_FIGURE_CELL = re.compile(r"[-+−]?\d[\d,.．]*[%％]?|[—–\-]{1,2}")
MAX_SPAN = 50
# A footnote marker in <sup> (企业<sup>*</sup>56家, <sup>[1]</sup>, <sup>①</sup>) would glue itself to the
# figure beside it; a bare digit there is an exponent (m<sup>2</sup>) and stays.
_FOOTNOTE_MARKER = re.compile(
    r"\s*(?:[*＊※†‡]{1,3}|[\[［【(（]\s*(?:\d{1,3}|[A-Za-z]|注\s*\d{0,3})\s*[\]］】)）]|[①-⑳]|注\s*\d{0,3})\s*"
)
# Elements whose class or id names page furniture rather than the article: also lists of other
# articles (related, xgxw 相关新闻, tuijian 推荐), whose summaries hold figures of their own, readers'
# comments (pinglun 评论) and bars of topic tags, which count a topic's articles.
# Each word narrows the parser's search (a case-insensitive substring); its pattern then decides
# (\bnav is not "unavailable", commentary is no comment, side-col is a side column but inside is not, and
# right-side or left-side may hold the article itself; few words keep the search fast).
_FURNITURE_PATTERNS = {
    "crumb": "crumb", "footer": "footer", "copyright": "copyright", "share": "share", "sidebar": "sidebar",
    "menu": "menu", "nav": r"\bnav", "rel": "related|relevant", "xgxw": "xgxw", "recommend": "recommend",
    "tuijian": "tuijian", "comment": "comment(?!ary)", "pinglun": "pinglun", "weather": "weather", "tianqi": "tianqi",
    "side": r"(?<![a-z])(?<!right[-_])(?<!left[-_])a?side(?![a-z])",
    "tag": r"(?<![a-z])tags?(?![a-z])",  # WeChat's js_tags, article-tag__list: topics (#青溪高新区 23个), not stage, tagline
}
_FURNITURE_NAME = re.compile("|".join(_FURNITURE_PATTERNS.values()), re.IGNORECASE)
_COMMENTS_NAME = re.compile("|".join((_FURNITURE_PATTERNS["comment"], _FURNITURE_PATTERNS["pinglun"])), re.IGNORECASE)
# Narrows the candidates in the parser (case-insensitive substrings); the regexes then decide.
_MAYBE_HIDDEN_SELECTOR = ", ".join(
    ["[hidden]", "[aria-hidden]", '[style*="none" i]', '[style*="hidden" i]']
    + [
        f'[{attribute}*="{word}" i]'
        for attribute in ("class", "id")
        for word in _FURNITURE_PATTERNS
    ]
)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_INVISIBLE_STYLE = re.compile(r"visibility\s*:\s*hidden", re.IGNORECASE)
# An element made invisible (not removed from the layout) that holds this much text, in several
# sentences, is the article, which the page's scripts reveal (WeChat's #js_content); junk is short.
MIN_REVEALED_ARTICLE_CHARS = 200
MIN_REVEALED_ARTICLE_SENTENCES = 2
# A heading over other articles (相关阅读, 延伸阅读) or over readers' comments (评论(12)): what follows it,
# up to the next heading, is no part of the article, even where no class or id names the block.
_OTHER_CONTENT_HEADING = re.compile(
    r"(?:相关(?:新闻|阅读|文章|报道|推荐|链接|稿件)|延伸阅读|推荐阅读|往期(?:回顾|推荐|精选)|精彩推荐|猜你喜欢"
    r"|热门(?:推荐|文章|新闻|排行)|(?:网友|读者|热门|最新|全部)评论\s*(?:[(（]\s*\d+\s*[)）])?|评论\s*[(（]\s*\d+\s*[)）])"
    r"\s*[:：]?"
)
# An inline element whose class or id names a metadata field (<span class="source">来源：江临日报</span><span
# class="author">记者 王蕾</span>) is a value of its own: a space sets it apart from the text before it, which
# it often follows with none between. Each word narrows the parser's search (a case-insensitive substring).
_METADATA_ROLE_WORDS = ("source", "author", "editor", "writer", "reporter", "laiyuan", "zuozhe", "time", "date")
_METADATA_ROLE_SELECTOR = ", ".join(
    f'[{attribute}*="{word}" i]' for attribute in ("class", "id") for word in _METADATA_ROLE_WORDS
)
# <span class="time">2024-05-20 18:03</span> with no label: the article's date, named so by its class or id alone;
# only where the page's elements so named hold one date (a list of other articles dates each of its items).
_DATE_ROLE_SELECTOR = ", ".join(f'[{attribute}*="{word}" i]' for attribute in ("class", "id") for word in ("time", "date"))
HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
PAGE_TAGS = frozenset({"html", "body", "main", "article"})
MAX_FURNITURE_TEXT = 1500
MAIN_TEXT_SHARE = 0.5  # an element holding this much of a page's text is its article, whatever it is called
MIN_HEADLINE_CHARS = 4
MAX_HEADLINE_CHARS = 100
MAX_HEADLINES = 5  # <h1>s looked at for the article's headline; the first ones are the page's header and the article's
# A heading that names the site rather than the article: its element (or one around it) is the site's logo or
# brand (<h1 class="logo">云泽市统计局</h1>), or it lies in the page's top bar (<div class="head">), where only a
# heading the page's <title> opens with is the article's.
_SITE_LOGO_NAME = re.compile(r"logo|brand", re.IGNORECASE)
_PAGE_TOP_NAME = re.compile(r"(?:site|page|top)?[-_]?(?:head|header|top|topbar|banner)", re.IGNORECASE)
# Between a page title's headline and the site's name: 标题-云泽市统计局, 标题_云泽市统计局, 标题 | 云泽市统计局
# (a dash without spaces is a range inside a headline: 1—2月).
_PAGE_TITLE_SEPARATOR = re.compile(r"\s[-|–—]\s|[-_｜|]")
# A block whose text is mostly link text is a menu or a list of other articles.
MAX_LINK_SHARE = 0.6

HARD_BREAK = "\n\n"
SOFT_BREAK = "\n"
SEGMENT_BREAK = "\x01"  # a source line break between inline content; resolved after assembly
# A <br> inside a paragraph element: a new line, or nothing where it cuts a sentence (增加值789.01亿元，
# <br>增长8.2%); resolved after assembly.
PARAGRAPH_BR = "\x02"
_PARAGRAPH_BR_RUN = re.compile(r"[ \u3000\xa0]*\x02[\s\x02]*")
# A line this long without a sentence end is no heading: a <br> after it cuts its sentence.
MAX_HEADING_CHARS = 20
CLAUSE_ENDS = "，,、"
# A <br> inside a figure: 56.<br>7亿元 (a decimal point before its digits), 87.6亿<br>元 (a magnitude
# before its unit), 增长<br>4.3% (a rate after the change it measures). This many characters after
# the break are looked at.
AFTER_BREAK_CHARS = 8
DECIMAL_POINTS = ".．"
_ENDS_IN_MAGNITUDE = re.compile(r"\d(?:万亿|千亿|百亿|千万|百万|亿|万|千)$")
_ENDS_IN_CHANGE = re.compile(rf"(?:{RATE_VERBS}|为|达到)$")
_RATE_START = re.compile(r"[-+]?\d+(?:[.．]\d+)?(?:[%％‰]|个百分点|倍)")
# Whitespace around a line break in a text node; other runs of spaces collapse later, line by line.
# (Spaces before it are dropped later: lines are stripped and segment breaks take them along.)
_NEWLINE_RUN = re.compile(r"\n\s*")
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
_SEGMENT_RUN = re.compile(r"\x01[ \x01]*")

_META_TITLE = ("articletitle", "og:title", "twitter:title", "title")
_META_PUBLISHER = ("contentsource", "source", "og:site_name", "sitename")
_META_AUTHOR = ("author", "article:author")
_META_DATE = ("pubdate", "publishdate", "article:published_time", "og:release_date", "firstpublishedtime", "date")
_META_URL = ("og:url", "url")
# Where portals file an article by its day: /2023-08/09/, /202308/t20230809_, /2023/0809/.
_ADDRESS_DATES = (
    re.compile(r"/((?:19|20)\d\d)-(\d\d)/(\d\d)/"),
    re.compile(r"/(?:19|20)\d{4}/t((?:19|20)\d\d)(\d\d)(\d\d)_"),
    re.compile(r"/((?:19|20)\d\d)/(\d\d)(\d\d)/"),
)
# A source tag may hold the line a page shows (来源：人民网-四川频道 原创稿): the label and the note
# after the name go.
_SOURCE_LABEL = re.compile(r"^(?:文章|信息|稿件|新闻)?来源\s*[:：]\s*")
_SOURCE_NOTE = re.compile(r"\s+(?:原创稿?件?|转载|综合|整理)$")
# An author tag holding an id of the site's editing system (F_100, 10023) names nobody.
_CJK = re.compile(r"[\u4e00-\u9fff]")
_ID_CHARACTER = re.compile(r"[\d_]")

# A WeChat article (mp.weixin.qq.com) names its account, date and title in elements of their own;
# raw pages leave the date element empty for a script to fill from the creation time (seconds).
WECHAT_BODY_ID = "js_content"
WECHAT_BODY_CLASS = "rich_media_content"
WECHAT_META_LIST = "#meta_content, .rich_media_meta_list"
# The bar under a WeChat article (阅读原文 阅读 1.2万 赞 286 在看 43 写留言): counters and buttons, no part of it.
WECHAT_TOOL_BAR = ".rich_media_tool"
_WECHAT_CREATE_TIME = re.compile(r"""(?:\bvar\s+ct|\bcreate_time)\s*[=:]\s*["']?(1\d{9})\b""")
CHINA_TIME = timezone(timedelta(hours=8))

# A 政府信息公开 page states the document's particulars in a table above it (索引号, 发布机构, 发文日期,
# 主题分类, 文号, 名称): metadata, not body text.
GOVERNMENT_INFO_MARK = "索引号"
MAX_PARTICULAR_CHARS = 100
# A label may be padded to the width of the longest (名　　称：, 发布机构：).
_PARTICULAR_LABEL = re.compile(r"[\u4e00-\u9fff](?:\s*[\u4e00-\u9fff]){1,7}\s*[:：]")
LABEL_ENDS = ("：", ":")


def read_html(html: str) -> Article:
    parser = LexborHTMLParser(html)
    root = parser.body or parser.root
    if root is None:
        return Article(text="")
    furniture = _hidden_or_furniture(root)
    edition = _print_edition_in(furniture)
    _decompose_outermost(furniture)
    _remove_other_content(root)
    wechat = _take_wechat_metadata(parser, html) if WECHAT_BODY_ID in html else None
    government_info = _take_government_info(parser) if GOVERNMENT_INFO_MARK in html else None
    site_headings = _site_headings(root)
    writer = _TextWriter()
    _walk(root, writer, _metadata_spans(root))
    known = _known_metadata(parser, writer.headlines, site_headings)
    if not known.published and (dated := _date_of_dated_elements(root)):
        known = replace(known, published=dated)
    if wechat is not None:
        known = wechat.merged_with(known)
    if government_info is not None:
        known = government_info.merged_with(known)
    if edition is not None:
        known = edition.merged_with(known)
    return read_layout(writer.result(), known, indentation_breaks=False)


def _metadata_spans(root: LexborNode) -> set[int]:
    """The inline elements (by ``mem_id``) whose class or id names a metadata field."""
    return {node.mem_id for node in root.css(_METADATA_ROLE_SELECTOR) if node.tag not in BLOCK_TAGS}


def _date_of_dated_elements(root: LexborNode) -> str:
    """The one date the elements whose class or id names a time or date hold alone, or "" (none, or several)."""
    dates = {date for node in root.css(_DATE_ROLE_SELECTOR) if (date := parse_date_alone(node.text()))}
    return dates.pop() if len(dates) == 1 else ""


def _walk(root: LexborNode, writer: _TextWriter, metadata_spans: set[int]) -> None:
    # An explicit stack: junk pages nest unclosed tags deeper than Python's recursion limit.
    stack = [(iter((root,)), "")]
    holders: set[int] | None = None  # rows and tables holding a table, found at the first row
    header_grids: dict[int, list[str]] | None = None  # the header rows spanning lines, as their cells in the grid
    while stack:
        node = next(stack[-1][0], None)
        if node is None:
            writer.close(stack.pop()[1])
            continue
        tag = node.tag
        if tag == "-text":
            writer.text(node.text_content)
        elif tag not in SKIPPED_TAGS and not (tag == "sup" and _is_footnote_marker(node)):
            if tag == "tr":
                holders = _holders_of_tables(root) if holders is None else holders
                tag = DATA_ROW if _is_data_row(node, holders) else tag
                if tag == DATA_ROW:
                    header_grids = _header_grids(root, holders) if header_grids is None else header_grids
                    if node.mem_id in header_grids:
                        writer.row(header_grids[node.mem_id])
                        continue
            if metadata_spans and node.mem_id in metadata_spans:
                writer.text(" ")
            writer.open(tag)
            stack.append((node.iter(include_text=True), tag))


def _is_footnote_marker(sup: LexborNode) -> bool:
    """A <sup> holding only a marker, maybe in a link (<sup><a href="#n1">[1]</a></sup>)."""
    child = sup.child
    if child is not None and child.tag != "-text" and child.next is None:
        child = child.child
    if child is None or child.tag != "-text" or child.next is not None:
        return False
    return _FOOTNOTE_MARKER.fullmatch(child.text_content or "") is not None


def _is_data_row(row: LexborNode, holders: set[int]) -> bool:
    """Several short cells, none holding sentences or a table: a row of figures, not of layout."""
    if row.mem_id in holders:
        return False
    cells = [cell for cell in row.iter() if cell.tag in CELL_TAGS]
    if len(cells) < 2:
        return False
    if _is_short_cell(row.text(deep=True, strip=True)):  # then so is each cell: most rows of figures
        return True
    return all(_is_short_cell(cell.text(deep=True, strip=True)) for cell in cells)


def _header_grids(root: LexborNode, holders: set[int]) -> dict[int, list[str]]:
    """The rows (by ``mem_id``) of data tables' headers in several lines, as their cells stand in the table's grid:
    a cell spanning rows is in each of them, one spanning columns in each column, so that every line of the header
    has a cell over each column of figures (园区 | 营业总收入 ×2 | 高新技术企业（家） over
    园区 | 金额（亿元） | 增长（%） | 金额（亿元） | 增长（%） | 高新技术企业（家）)."""
    grids: dict[int, list[str]] = {}
    for table in root.css("table"):
        if table.mem_id in holders or table.css_first("[rowspan]") is None:
            continue
        header = _header_rows(table)
        if len(header) > 1 and any(_span(cell, "rowspan") > 1 for _, cells in header for cell in cells):
            for row, texts in zip(header, _grid_of(header)):
                if len(texts) > len(row[1]):
                    grids[row[0].mem_id] = texts
    return grids


def _header_rows(table: LexborNode) -> list[tuple[LexborNode, list[LexborNode]]]:
    """The rows above a table's first row of figures that have two cells or more (a title across the table has one)."""
    rows = []
    for row in table.css("tr"):
        cells = [cell for cell in row.iter() if cell.tag in CELL_TAGS]
        if any(_FIGURE_CELL.fullmatch(cell.text(deep=True, strip=True)) for cell in cells[1:]):
            break
        if len(cells) > 1:
            rows.append((row, cells))
    return rows


def _grid_of(header: list[tuple[LexborNode, list[LexborNode]]]) -> list[list[str]]:
    """The text of each header row's cells, column by column of the grid."""
    spanning: dict[int, tuple[str, int]] = {}  # column -> the text of a cell from a row above, rows it still spans
    grid = []
    for _, cells in header:
        texts: list[str] = []
        queue = iter(cells)
        while True:
            column = len(texts)
            if column in spanning:
                text, rows_left = spanning.pop(column)
                texts.append(text)
                if rows_left > 1:
                    spanning[column] = (text, rows_left - 1)
                continue
            cell = next(queue, None)
            if cell is None:
                if not spanning or max(spanning) < column:
                    break
                texts.append("")  # a gap before a cell spanning rows further right
                continue
            text = collapse_spaces(cell.text(deep=True))
            rows = _span(cell, "rowspan")
            for offset in range(_span(cell, "colspan")):
                texts.append(text)
                if rows > 1:
                    spanning[column + offset] = (text, rows - 1)
        grid.append(texts)
    return grid


def _span(cell: LexborNode, attribute: str) -> int:
    """A cell's rowspan or colspan, 1 when missing or out of reason (colspan="0", rowspan="999")."""
    value = (cell.attributes.get(attribute) or "").strip()
    return min(int(value), MAX_SPAN) if value.isdigit() and int(value) > 0 else 1


def _is_short_cell(text: str) -> bool:
    return len(text) <= MAX_DATA_CELL_CHARS and len(_SENTENCE_END.findall(text)) <= MAX_DATA_CELL_SENTENCES


def _holders_of_tables(root: LexborNode) -> set[int]:
    """The rows and tables (by ``mem_id``) that hold a table, in one pass up from each table: a walk
    ends at a holder already found, whose own holders were found with it (so junk pages nesting
    thousands of tables cost no more than their size)."""
    holders: set[int] = set()
    for table in root.css("table"):
        node = table.parent
        while node is not None:
            if node.tag in TABLE_HOLDER_TAGS:
                if node.mem_id in holders:
                    break
                holders.add(node.mem_id)
            node = node.parent
    return holders


class _TextWriter:
    """Collects text one block at a time, dropping blocks that are mostly links."""

    __slots__ = (
        "_done", "_block", "_block_chars", "_link_chars", "_link_depth", "_paragraph_depth", "_data_row_depth",
        "_cell_start_chars", "_cell_break", "_empty_cells", "headlines",
    )

    def __init__(self) -> None:
        self._done: list[str] = []
        self._block: list[str] = []
        self._block_chars = 0
        self._link_chars = 0
        self._link_depth = 0
        self._paragraph_depth = 0
        self._data_row_depth = 0
        self._cell_start_chars = 0
        self._cell_break = False  # a block or <br> inside a data row's cell since its last text
        self._empty_cells = 0  # of the data row, written when a figure follows them
        self.headlines: list[str] = []  # the first <h1>s with a headline's length

    def open(self, tag: str) -> None:
        if tag == "a":
            self._link_depth += 1
            return
        if tag in PARAGRAPH_TAGS:
            self._paragraph_depth += 1
        if tag in CELL_TAGS:
            self._block.append(CELL_GAP)
            self._cell_start_chars = self._block_chars
            self._cell_break = False
        elif self._data_row_depth and tag in BLOCK_TAGS:
            self._cell_break = True
        elif tag == DATA_ROW:
            self._end_block()
            self._data_row_depth += 1
            self._empty_cells = 0
        elif tag == "br" and self._paragraph_depth:
            self._block.append(PARAGRAPH_BR)
        elif tag in BLOCK_TAGS:
            self._end_block()

    def close(self, tag: str) -> None:
        if tag == "a":
            self._link_depth -= 1
            return
        if tag in PARAGRAPH_TAGS:
            self._paragraph_depth -= 1
        if tag in CELL_TAGS:
            if self._data_row_depth and self._block_chars == self._cell_start_chars and self._block_chars:
                self._empty_cells += 1
            self._block.append(CELL_GAP)
            self._cell_break = False
        elif self._data_row_depth and tag in BLOCK_TAGS:
            self._cell_break = True
        elif tag == DATA_ROW:
            self._data_row_depth -= 1
            self._empty_cells = 0
            self._end_block()
        elif tag == "br" and self._paragraph_depth:
            return
        elif tag in BLOCK_TAGS:
            if tag == "h1" and len(self.headlines) < MAX_HEADLINES:
                self._take_headline()
            self._end_block()

    def row(self, cells: list[str]) -> None:
        """A data row whose cells are given whole (a header row laid out in its table's grid)."""
        self.open(DATA_ROW)
        for cell in cells:
            self.open("td")
            self.text(cell)
            self.close("td")
        self.close(DATA_ROW)

    def text(self, text: str | None) -> None:
        if not text:
            return
        if self._data_row_depth:
            self._cell_text(text)
            return
        if text.isspace():
            newlines = text.count("\n")
            self._block.append(HARD_BREAK if newlines > 1 else SEGMENT_BREAK if newlines else " ")
            return
        if "\n" in text:
            # A text node with blank lines in it is laid-out text, even inside a paragraph element.
            if self._paragraph_depth and not _BLANK_LINE.search(text):
                text = _NEWLINE_RUN.sub(SEGMENT_BREAK, text)
            else:
                text = _NEWLINE_RUN.sub(_laid_out_break, text)
        self._append_text(text)

    def _cell_text(self, text: str) -> None:
        """Text in a data row, which stays one line: whitespace at a cell's edges is nothing, spaces
        between Chinese characters are padding (地　区), and a block or <br> inside a cell
        (规模以上<br>工业增加值) is a source line break."""
        if text.isspace():
            if self._block and self._block[-1] != CELL_GAP and not self._cell_break:
                self._block.append(SEGMENT_BREAK if "\n" in text else " ")
            return
        if "\n" in text:
            text = _NEWLINE_RUN.sub(SEGMENT_BREAK, text)
        if any(space in text for space in _PADDING_SPACES):
            text = _PADDING_IN_CELL.sub("", text)
        if self._cell_break:
            if self._block_chars > self._cell_start_chars:
                self._block.append(SEGMENT_BREAK)
            self._cell_break = False
        if self._empty_cells:
            if _FIGURE_START.match(text):
                self._block.append((EMPTY_CELL + CELL_GAP) * self._empty_cells)
            self._empty_cells = 0
        self._append_text(text)

    def _append_text(self, text: str) -> None:
        self._block.append(text)
        self._block_chars += len(text)
        if self._link_depth:
            self._link_chars += len(text)

    def _take_headline(self) -> None:
        text = collapse_spaces(_resolve_breaks("".join(self._block)).replace("\n", " "))
        if MIN_HEADLINE_CHARS <= len(text) <= MAX_HEADLINE_CHARS:
            self.headlines.append(text)

    def _end_block(self) -> None:
        if self._block:
            if self._block_chars and self._link_chars <= MAX_LINK_SHARE * self._block_chars:
                self._done.append("".join(self._block))
            self._block = []
            self._block_chars = self._link_chars = 0
        if self._done and self._done[-1] is not HARD_BREAK:
            self._done.append(HARD_BREAK)

    def result(self) -> str:
        self._end_block()
        return _resolve_breaks("".join(self._done))


def _resolve_breaks(text: str) -> str:
    text = _resolve_segment_breaks(text)
    return _resolve_paragraph_breaks(text) if PARAGRAPH_BR in text else text


def _resolve_paragraph_breaks(text: str) -> str:
    """A <br> inside a paragraph: nothing where it cuts a sentence, else a new paragraph."""
    pieces = []
    position = 0
    line = ""  # the line the break ends, which may have begun before an earlier <br>
    for match in _PARAGRAPH_BR_RUN.finditer(text):
        start, end = match.span()
        before = text[position:start]
        pieces.append(before)
        line = (line + before).rsplit("\n", 1)[-1].strip()
        single = match.group().count(PARAGRAPH_BR) == 1
        joined = single and _cuts_sentence(line, text[end : end + AFTER_BREAK_CHARS])
        pieces.append("" if joined else HARD_BREAK)
        line = line if joined else ""
        position = end
    pieces.append(text[position:])
    return "".join(pieces)


def _cuts_sentence(line: str, after: str) -> bool:
    """Whether a line break after ``line`` (before ``after``) falls inside its sentence: after a comma,
    inside a figure, or after a long line with no sentence end (not after a heading such as 一、综合)."""
    if not line or not after or after[0] == "\n" or line[-1] in SENTENCE_END:
        return False
    if line[-1] in CLAUSE_ENDS or line[-1].isdigit() or _cuts_figure(line, after):
        return True
    return len(line) > MAX_HEADING_CHARS and not starts_list_item(line) and not starts_list_item(after)


def _cuts_figure(line: str, after: str) -> bool:
    """56.<br>7亿元, 87.6亿<br>元, 增长<br>4.3%: the break falls inside a figure (or between a rate and
    its verb), so the line goes on."""
    if line[-1] in DECIMAL_POINTS:
        return line[-2:-1].isdigit() and after[0].isdigit()
    if _ENDS_IN_MAGNITUDE.search(line):
        return unit_regex().match(after) is not None
    return _ENDS_IN_CHANGE.search(line) is not None and _RATE_START.match(after) is not None


def _laid_out_break(match: re.Match) -> str:
    """A line break outside paragraphs: a blank line or an inner line break keeps its meaning."""
    if match.group().count("\n") > 1:
        return HARD_BREAK
    start, end = match.span()
    return SOFT_BREAK if 0 < start and end < len(match.string) else SEGMENT_BREAK


def _resolve_segment_breaks(text: str) -> str:
    """A source line break inside flowing text: nothing next to a Chinese character, else a space.

    Spaces before the break go with it (as in a browser).
    """
    if SEGMENT_BREAK not in text:
        return text
    pieces = []
    position = 0
    for match in _SEGMENT_RUN.finditer(text):
        start, end = match.span()
        before_text = text[position:start].rstrip(" ")
        pieces.append(before_text)
        before = before_text[-1:] or (pieces[-2][-1:] if len(pieces) > 1 else "")
        after = text[end : end + 1]
        if before and after and before != "\n" and after != "\n" and not (_is_wide(before) or _is_wide(after)):
            pieces.append(" ")
        position = end
    pieces.append(text[position:])
    return "".join(pieces)


def _is_wide(character: str) -> bool:
    """Chinese, Japanese, Korean and full-width characters, which need no space between them."""
    return "\u2e80" <= character <= "\ua4cf" or "\uac00" <= character <= "\ud7af" or "\uf900" <= character <= "\uffef"


def _hidden_or_furniture(root: LexborNode) -> list[LexborNode]:
    """Hidden elements and page furniture named by class or id: to be removed."""
    page_chars = lru_cache(maxsize=1)(lambda: len(root.text(deep=True)))  # measured only if a name asks for it
    return [node for node in root.css(_MAYBE_HIDDEN_SELECTOR) if _is_hidden(node, page_chars)]


def _print_edition_in(furniture: list[LexborNode]) -> KnownMetadata | None:
    """The paper and day a newspaper's page states in its navigation bar (<div id="nav">淮东日报数字报 |
    2024年02月27日 星期二 | 第03版：经济观察</div>), which is removed as furniture."""
    for node in furniture:
        text = node.text(deep=True, separator="\n")
        if "版" not in text or len(text) > MAX_FURNITURE_TEXT:
            continue
        for line in text.split("\n"):
            edition = print_edition(collapse_spaces(line))
            if edition is not None:
                return KnownMetadata(publisher=edition[0], published=edition[1])
    return None


def _decompose_outermost(doomed: list[LexborNode]) -> None:
    # Only the outermost ones: a descendant of a decomposed node is gone with it.
    doomed_ids = {node.mem_id for node in doomed}
    outermost = [node for node in doomed if not _has_ancestor_in(node, doomed_ids)]
    for node in outermost:
        node.decompose()


def _remove_other_content(root: LexborNode) -> None:
    """Remove a heading over other articles or comments, and what follows it up to the next heading."""
    doomed = []
    for heading in root.css("h2, h3, h4, h5, h6"):
        if _OTHER_CONTENT_HEADING.fullmatch(heading.text(deep=True, strip=True)):
            doomed.append(heading)
            following = heading.next
            while following is not None and following.tag not in HEADING_TAGS:
                doomed.append(following)
                following = following.next
    _decompose_outermost(doomed)


def _is_hidden(node: LexborNode, page_chars: Callable[[], int]) -> bool:
    if node.tag in PAGE_TAGS or _is_wechat_body(node):
        return False
    attributes = node.attributes
    if "hidden" in attributes or attributes.get("aria-hidden") == "true":
        return True
    style = attributes.get("style") or ""
    if _HIDDEN_STYLE.search(style):
        return not (_INVISIBLE_STYLE.search(style) and _holds_article(node))
    named = f"{attributes.get('class') or ''} {attributes.get('id') or ''}"
    if not _FURNITURE_NAME.search(named):
        return False
    # A wrapper holding the article may carry such a name too (share-wrap, nav-content, menu-table): furniture is
    # short, holds no headline, and is not most of the page's text in sentences, unless it is readers' comments.
    text = node.text(deep=True)
    return len(text) <= MAX_FURNITURE_TEXT and node.css_first("h1") is None and (
        _COMMENTS_NAME.search(named) is not None
        or not (text.count("。") >= MIN_REVEALED_ARTICLE_SENTENCES and len(text) >= MAIN_TEXT_SHARE * page_chars())
    )


def _is_wechat_body(node: LexborNode) -> bool:
    """WeChat's article container (<div class="rich_media_content" id="js_content" style="visibility: hidden;">),
    which every saved WeChat page hides until its scripts run: the article, however short (数读｜光谷东区这一年)."""
    attributes = node.attributes
    return attributes.get("id") == WECHAT_BODY_ID or WECHAT_BODY_CLASS in (attributes.get("class") or "").split()


def _holds_article(node: LexborNode) -> bool:
    text = node.text(deep=True)
    return len(text) >= MIN_REVEALED_ARTICLE_CHARS and text.count("。") >= MIN_REVEALED_ARTICLE_SENTENCES


def _has_ancestor_in(node: LexborNode, ids: set[int]) -> bool:
    parent = node.parent
    while parent is not None:
        if parent.mem_id in ids:
            return True
        parent = parent.parent
    return False


def _take_wechat_metadata(parser: LexborHTMLParser, html: str) -> KnownMetadata | None:
    """A WeChat article's title, account (the publisher) and date; the line listing them
    (原创 作者 公众号 日期) leaves the page, since they are metadata, not body text, and so does the tool bar."""
    if parser.css_first(f"#{WECHAT_BODY_ID}") is None:
        return None
    title = _text_of(parser, ".rich_media_title, #activity-name")
    publisher = _text_of(parser, "#js_name, .rich_media_meta_nickname")
    published = parse_date(_text_of(parser, "#publish_time")) or _wechat_create_date(html)
    for node in parser.css(f"{WECHAT_META_LIST}, {WECHAT_TOOL_BAR}"):
        node.decompose()
    return KnownMetadata(title=title, publisher=publisher, published=published, sure_fields=("publisher", "published"))


def _take_government_info(parser: LexborHTMLParser) -> KnownMetadata | None:
    """The publisher and date in a table of a document's particulars (索引号：… 发布机构：… 发文日期：…);
    its rows of particulars leave the page (rows holding the article, in a table laying out the page, stay)."""
    holders = _holders_of_tables(parser.root)
    tables = [table for table in parser.css("table") if table.mem_id not in holders]  # holding no table
    table = next((table for table in tables if GOVERNMENT_INFO_MARK in table.text(deep=True)), None)
    if table is None:
        return None
    rows = [row for row in table.css("tr") if _states_particulars(row)]
    known = labelled_metadata(_labelled_cells([cell for row in rows for cell in row.css("td, th")]))
    for row in rows:
        row.decompose()
    return known


def _states_particulars(row: LexborNode) -> bool:
    """Short cells, one of them opening with a label (发布机构：)."""
    texts = [cell.text(deep=True).strip() for cell in row.css("td, th")]
    return all(len(text) <= MAX_PARTICULAR_CHARS for text in texts) and any(map(_PARTICULAR_LABEL.match, texts))


def _labelled_cells(cells: list[LexborNode]) -> list[str]:
    """The cells as labelled values: a cell holding only a label (发文日期：) with the next one."""
    values = []
    label = ""
    for cell in cells:
        text = collapse_spaces(cell.text(deep=True))
        if label:
            values.append(label + text)
            label = ""
        elif text.endswith(LABEL_ENDS):
            label = text
        elif text:
            values.append(text)
    return values


def _wechat_create_date(html: str) -> str:
    match = _WECHAT_CREATE_TIME.search(html)
    if not match:
        return ""
    return datetime.fromtimestamp(int(match.group(1)), CHINA_TIME).date().isoformat()


def _text_of(parser: LexborHTMLParser, selector: str) -> str:
    node = parser.css_first(selector)
    return collapse_spaces(node.text(deep=True)) if node is not None else ""


def _site_headings(root: LexborNode) -> tuple[set[str], set[str]]:
    """The <h1>s (their compact text) that are the site's logo, and those in the page's top bar."""
    logos: set[str] = set()
    in_top_bar: set[str] = set()
    for heading in root.css("h1"):
        node = heading
        while node is not None and node.tag not in PAGE_TAGS:
            attributes = node.attributes
            named = f"{attributes.get('class') or ''} {attributes.get('id') or ''}"
            if _SITE_LOGO_NAME.search(named):
                logos.add(_compact(heading.text(deep=True)))
                break
            if node.tag == "header" or any(map(_PAGE_TOP_NAME.fullmatch, named.split())):
                in_top_bar.add(_compact(heading.text(deep=True)))
            node = node.parent
    return logos, in_top_bar


def _article_headline(headlines: list[str], site_headings: tuple[set[str], set[str]], page_title: str) -> str:
    """The <h1> that is the article's headline: not the site's name (a logo, a part of the page's <title> besides
    the headline: 云泽市1—2月主要经济指标开局良好-云泽市统计局), preferably the one the <title> opens with."""
    logos, in_top_bar = site_headings
    title = _compact(page_title)
    parts = [_compact(part) for part in _PAGE_TITLE_SEPARATOR.split(page_title) if part.strip()]
    site_parts = sorted(parts, key=len)[:-1]  # the longest part is the headline
    candidates = []
    for headline in headlines:
        compact = _compact(headline)
        opens_title = title.startswith(compact)
        if compact in logos or compact in site_parts or (compact in in_top_bar and not opens_title):
            continue
        if opens_title:
            return headline
        candidates.append(headline)
    return candidates[0] if candidates else ""


def _compact(text: str) -> str:
    return "".join(text.split())


def _known_metadata(parser: LexborHTMLParser, headlines: list[str], site_headings: tuple[set[str], set[str]]) \
        -> KnownMetadata:
    # <meta>, <link> and <title> belong in <head>; junk pages put them anywhere.
    scope = parser.head if parser.head is not None and parser.head.child is not None else parser.root
    meta: dict[str, str] = {}
    canonical = page_title = ""
    for node in scope.css("meta, link, title"):
        tag = node.tag
        if tag == "title":
            page_title = page_title or collapse_spaces(node.text())
            continue
        attributes = node.attributes
        if tag == "link":
            if (attributes.get("rel") or "").lower() == "canonical":
                canonical = canonical or (attributes.get("href") or "").strip()
            continue
        name = (attributes.get("name") or attributes.get("property") or attributes.get("itemprop") or "").lower()
        content = collapse_spaces(attributes.get("content") or "")
        if name and content and name not in meta:
            meta[name] = content
    url = canonical if canonical.startswith(("http://", "https://")) else _first(meta, _META_URL)
    headline = _article_headline(headlines, site_headings, page_title)
    hints = tuple(hint for hint in (headline, _first(meta, _META_TITLE), page_title) if hint)
    return KnownMetadata(
        title=headline,
        headline_hints=hints,
        publisher=_publisher_of_source(_first(meta, _META_PUBLISHER)),
        author=_author_of_tag(_first(meta, _META_AUTHOR)),
        published=parse_date(_first(meta, _META_DATE)) or _date_in_address(url),
        url=url,
    )


def _date_in_address(url: str) -> str:
    """The day a portal files its article under, in the page's own address (…/2023-08/09/content_5678.htm,
    …/202308/t20230809_123.html, …/2023/0809/c1004-123.html), or ""."""
    for pattern in _ADDRESS_DATES:
        found = pattern.search(url)
        if found is not None:
            year, month, day = (int(part) for part in found.groups())
            if 1 <= month <= 12 and 1 <= day <= 31:
                return f"{year:04d}-{month:02d}-{day:02d}"
    return ""


def _first(meta: dict[str, str], names: tuple[str, ...]) -> str:
    return next((meta[name] for name in names if meta.get(name)), "")


def _publisher_of_source(source: str) -> str:
    return _SOURCE_NOTE.sub("", _SOURCE_LABEL.sub("", source))


def _author_of_tag(author: str) -> str:
    return author if _CJK.search(author) or not _ID_CHARACTER.search(author) else ""
