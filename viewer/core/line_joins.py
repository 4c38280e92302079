"""Where the lines of laid-out text join: hard-wrapped paragraphs and, in text converted from PDF,
page breaks.

A line carries whether something before it (a blank line, deeper indentation) started a new
paragraph; the rules here decide the rest: a short line, a sentence end or a table row closes a paragraph, a
number wrapped in two is joined whatever the line's length, and page numbers with the running
headers around them leave while the sentence they cut is joined again.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from viewer.core.units import unit_regex


@dataclass
class Line:
    text: str
    starts_paragraph: bool
    indented: bool = False


# A line shorter than this share of the usual line length ends its paragraph (a heading, a last line).
WRAPPED_LINE_SHARE = 0.5

SENTENCE_END = frozenset("。！？；：」”』…!?;:")

# Sentence ends after which a hard-wrapped paragraph may still go on (when the wrap fell there).
CLAUSE_SENTENCE_END = frozenset("；：;:")

# A full line of hard-wrapped text is this close to the longest lines (a wide character that did
# not fit leaves a gap of up to two columns; one more for a half-width sign).
FULL_LINE_SLACK_COLUMNS = 3

# A text is hard-wrapped when at least this many of its lines, and this share, are full ones.
MIN_FULL_LINES = 3

FULL_LINES_SHARE = 0.25

# What continues a number on the next line: 1 / 2.5%, 9.0 / %。
NUMBER_CONTINUATIONS = ".．%％‰"

# 5588.2 / 亿元: a figure's number alone on its line and its unit alone on the next, as an infographic's blocks set
# them; one figure, joined even across blocks.
LONE_NUMBER = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?")
MAX_UNIT_LINE_CHARS = 8

# A line starting like this opens a new paragraph: 一、 （二） 3、 4. ● 第五条
LIST_START = re.compile(
    r"[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[、）)]|\d{1,2}\.(?!\d)"
    r"|[●•◆■□▪◇○]|第[一二三四五六七八九十\d]{1,3}[章节条部分]"
)

# A table's row or header, one to a line: three or more cells between spaces, none of them prose
# (指标名称 单位 绝对数 比上年增长(%) / 存款余额 亿元 6712.50 9.1). Its line is never wrapped.
TABLE_LINE = re.compile(r"[^\s，。；！？,;]+(?:[ \t\u3000]+[^\s，。；！？,;]+){2,}")
LATIN_WORD = re.compile(r"[A-Za-z]+")

# A page number of text converted from PDF: — 3 —, - 3 -, －3－, 第 3 页 共 12 页, 第3页, 3 / 12, 3
_PAGE_NUMBER = re.compile(r"[-－—–~～ ]*(?:第 ?)?\d{1,4} ?页?(?: ?(?:/|共) ?\d{1,4} ?页?)?[-－—–~～ ]*")

PAGE_NUMBER_STARTS = frozenset("0123456789-－—–~～第")

MAX_PAGE_NUMBER_CHARS = 16

MIN_LINES_PER_PAGE = 5

# Lines on either side of a page number that may be a running header or footer, and their length.
RUNNING_HEADER_LINES = 2

MAX_RUNNING_HEADER_CHARS = 40


def without_page_breaks(lines: list[Line]) -> list[Line]:
    """Text converted from PDF: page numbers and the running headers around them leave, and a
    sentence cut by a page break is joined again."""
    breaks = _page_number_indexes(lines)
    if not breaks:
        return lines
    dropped = set(breaks)
    short_lines = Counter(line.text for line in lines if len(line.text) <= MAX_RUNNING_HEADER_CHARS)
    for index in breaks:
        dropped.update(_running_header_indexes(lines, index, short_lines))
    kept: list[Line] = []
    after_break = False
    for index, line in enumerate(lines):
        if index in dropped:
            after_break = True
            continue
        if after_break and kept and _continues_across_page(kept[-1], line):
            previous = kept[-1]
            kept[-1] = Line(previous.text + joint(previous.text[-1], line.text[0]) + line.text,
                             previous.starts_paragraph, previous.indented)
        else:
            kept.append(line)
        after_break = False
    return kept


def _page_number_indexes(lines: list[Line]) -> list[int]:
    """Lines that are page numbers: — 3 —, 第3页, 3 / 12 always; a bare number only when several
    count up one by one, pages apart (so a column of years stays)."""
    decorated, bare = [], []
    candidates = [
        index for index, line in enumerate(lines)
        if len(line.text) <= MAX_PAGE_NUMBER_CHARS and line.text[0] in PAGE_NUMBER_STARTS
    ]
    for index in candidates:
        text = lines[index].text
        if _PAGE_NUMBER.fullmatch(text):
            (bare if text.isdigit() else decorated).append(index)
    if len(bare) >= 2 and all(
        int(lines[b].text) == int(lines[a].text) + 1 and b - a >= MIN_LINES_PER_PAGE for a, b in zip(bare, bare[1:])
    ):
        decorated.extend(bare)
    return sorted(decorated)


def _running_header_indexes(lines: list[Line], page_number: int, short_lines: Counter) -> list[int]:
    """The lines next to a page number that recur elsewhere (``short_lines`` counts them): a
    running header or footer."""
    found = []
    for step in (-1, 1):
        index = page_number + step
        while 0 <= index < len(lines) and abs(index - page_number) <= RUNNING_HEADER_LINES:
            text = lines[index].text
            if short_lines[text] < 2 or text[-1] in SENTENCE_END:
                break
            found.append(index)
            index += step
    return found


def _continues_across_page(previous: Line, line: Line) -> bool:
    """A sentence the page break cut: no sentence end before it, no new paragraph after it."""
    return previous.text[-1] not in SENTENCE_END and not line.indented and not LIST_START.match(line.text)


def shortest_wrapped_line(lines: list[Line]) -> float:
    """Lines shorter than this end where their writer ended them, not where the wrap did."""
    lengths = sorted(len(line.text) for line in lines)
    return WRAPPED_LINE_SHARE * lengths[round(0.9 * (len(lengths) - 1))]


def unwrap(lines: list[Line]) -> list[str]:
    """Join hard-wrapped lines back into paragraphs."""
    if not lines:
        return []
    wrap = _Wrap(lines)
    paragraphs: list[str] = []
    current = [lines[0].text]  # the segments of the paragraph being joined
    for line in lines[1:]:
        last = current[-1]
        if len(current) == 1 and _splits_figure(last, line.text):
            current.append(line.text)
        elif line.starts_paragraph or not wrap.continues(last, line.text) or LIST_START.match(line.text):
            paragraphs.append("".join(current))
            current = [line.text]
        else:
            current.append(joint(last[-1], line.text[0]) + line.text)
    paragraphs.append("".join(current))
    return paragraphs


class _Wrap:
    """How long the hard-wrapped lines of a text are, and so which line breaks are the wrap's."""

    def __init__(self, lines: list[Line]) -> None:
        self._lines = lines
        self._min_wrapped = shortest_wrapped_line(lines)
        self._full_columns = -1  # measured when first needed: few texts need it

    def continues(self, last: str, following: str) -> bool:
        """Whether the line after ``last`` carries on its paragraph."""
        end = last[-1]
        if end in SENTENCE_END and end not in CLAUSE_SENTENCE_END:  # most paragraphs end so: decide fast
            return False
        if (" " in last or " " in following) and (is_table_line(last) or is_table_line(following)):
            return False
        if end.isdigit() and _cuts_number(last, following):  # 比上年增长1 / 2.5%: a number wrapped, however short the line
            return True
        if last[-1] in SENTENCE_END:
            # A full line may end in ；or ： where the wrap fell; its paragraph goes on.
            return last[-1] in CLAUSE_SENTENCE_END and self._is_full(last)
        return len(last) >= self._min_wrapped

    def _is_full(self, text: str) -> bool:
        """A line as long as the wrap allows, in a text that is hard-wrapped at all."""
        if self._full_columns < 0:
            self._full_columns = _full_line_columns([_columns(line.text) for line in self._lines])
        return self._full_columns > 0 and _columns(text) >= self._full_columns - FULL_LINE_SLACK_COLUMNS


def _full_line_columns(widths: list[int]) -> int:
    """The width a text is wrapped at, or 0 if it is not wrapped: then many lines (not one long
    paragraph, or a few) come within a character of the longest."""
    full = sorted(widths)[round(0.9 * (len(widths) - 1))]
    near_full = sum(1 for width in widths if width >= full - FULL_LINE_SLACK_COLUMNS)
    return full if near_full >= max(MIN_FULL_LINES, FULL_LINES_SHARE * len(widths)) else 0


def _columns(text: str) -> int:
    """Display width: a Chinese or full-width character takes two columns, ASCII one."""
    return len(text) + (len(text.encode("utf-8")) - len(text)) // 2


def is_table_line(text: str) -> bool:
    """Cells between spaces, few of them Latin words (a line of English prose is no table)."""
    if not TABLE_LINE.fullmatch(text):
        return False
    cells = text.split()
    return sum(1 for cell in cells if LATIN_WORD.fullmatch(cell)) <= 1


def _splits_figure(last: str, following: str) -> bool:
    """A number alone on its line, its unit alone on the next (5588.2 / 亿元, 86 / %)."""
    return last[-1].isdigit() and len(following) <= MAX_UNIT_LINE_CHARS and LONE_NUMBER.fullmatch(last) is not None \
        and unit_regex().fullmatch(following) is not None


def _cuts_number(last: str, following: str) -> bool:
    """A wrapped number: digits end a line of running text and digits or a % sign open the next."""
    return (
        last[-1].isdigit()
        and (following[0].isdigit() or following[0] in NUMBER_CONTINUATIONS)
        and " " not in last  # a table row (发电量 1875.2) is no running text
        and not last.isdigit()
    )


def joint(before: str, after: str) -> str:
    """Nothing between Chinese (or a number split in two); a space between two Latin words."""
    if after.isascii() and after.isalpha() and before.isascii() and (before.isalnum() or before in ",.)"):
        return " "
    return ""
