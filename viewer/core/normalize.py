"""A same-length, extraction-friendly copy of a text: offsets into it are offsets into the original.

Full-width digits, letters and number signs (０-９, ％, ．, ～, the ＆ of Ｒ＆Ｄ) become their ASCII forms one
character for one, so a highlight computed on the copy lands on the right characters of the text
the user sees. A text in traditional characters (Big5 articles) becomes simplified with OpenCC,
whose conversion keeps the length; should it ever not, the characters figures are built from are
converted one for one instead.
Full-width punctuation (，；：（）) is left alone: the patterns accept both forms,
which spares the translation on the many texts that have no full-width digits at all; only a
full-width comma that groups digits (１，２３４．５亿元) becomes the ASCII one.
"""

from __future__ import annotations

import re
from functools import lru_cache

_FULL_WIDTH = {chr(0xFF10 + i): str(i) for i in range(10)}
_FULL_WIDTH.update({chr(0xFF21 + i): chr(0x41 + i) for i in range(26)})
_FULL_WIDTH.update({chr(0xFF41 + i): chr(0x61 + i) for i in range(26)})
_FULL_WIDTH.update({"％": "%", "﹪": "%", "．": ".", "－": "-", "−": "-", "～": "~", "〜": "~", "＋": "+", "／": "/", "＆": "&"})
# Traditional forms of the characters figures are built from (Big5 articles): numerals, units,
# qualifiers and growth words, so 增長6.7%、18萬人、30餘項 read like their simplified forms.
_TRADITIONAL = dict(zip(
    "萬億兩個餘項輛臺畝噸條間張隻種類場筆處塊顆組層門節雙戶約達較長為佔點過於減與總額數計來億幣圓進產業區經濟營實現",
    "万亿两个余项辆台亩吨条间张只种类场笔处块颗组层门节双户约达较长为占点过于减与总额数计来亿币圆进产业区经济营实现",
))
_TABLE = str.maketrans(_FULL_WIDTH)
_NEEDS_TRANSLATION = re.compile("[" + "".join(_FULL_WIDTH) + "]")
_TRADITIONAL_TABLE = str.maketrans(_TRADITIONAL)
# These traditional forms are common enough that any traditional article has some of them.
_LOOKS_TRADITIONAL = re.compile("[" + "".join(_TRADITIONAL) + "]")
# Most texts need neither: one scan tells.
_NEEDS_ANY = re.compile("[" + "".join(_FULL_WIDTH) + "".join(_TRADITIONAL) + "]")
# A full-width comma between digit groups: 4，216户 is 4216; 5，6 and 2023年，2024年 are no groups.
_COMMA_BEFORE_DIGIT = re.compile("，[0-9０-９]")
# 地区生产总值1 486.3亿元: digits grouped by a space, written after a word and before a magnitude or unit
# (in a table, 12 345 are two cells: there a space stands between the label and the first).
_SPACE_BEFORE_DIGITS = re.compile("[0-9][ \xa0][0-9]{3}")
_SPACE_GROUPED_NUMBER = re.compile(
    r"(?<=[\u4e00-\u9fff])[0-9]{1,3}(?:[ \xa0][0-9]{3})+(?:\.[0-9]+)?(?=\s?[\u4e00-\u9fff%‰])"
)
# 二〇二三年: a year in Chinese numerals, digit for digit.
_CHINESE_YEAR = re.compile("(?:一九|二[〇○零])[〇○零一二三四五六七八九]{2}(?=年)")
_YEAR_DIGITS = str.maketrans("〇○零一二三四五六七八九", "000123456789")
_GROUPED_NUMBER = re.compile(r"(?<![0-9０-９.．,，])[0-9０-９]{1,3}(?:，[0-9０-９]{3})+(?![0-9０-９])")


def normalize(text: str) -> str:
    """The text with full-width digits and signs made ASCII; ``len(normalize(t)) == len(t)`` always."""
    if _COMMA_BEFORE_DIGIT.search(text):
        text = _GROUPED_NUMBER.sub(lambda number: number.group().replace("，", ","), text)
    if _SPACE_BEFORE_DIGITS.search(text):
        text = _SPACE_GROUPED_NUMBER.sub(lambda number: number.group().replace(" ", ",").replace("\xa0", ","), text)
    if "〇" in text or "○" in text or "二零" in text or "一九" in text:
        text = _CHINESE_YEAR.sub(lambda year: year.group().translate(_YEAR_DIGITS), text)
    if not _NEEDS_ANY.search(text):
        return text
    if _LOOKS_TRADITIONAL.search(text):
        text = to_simplified(text)
    return text.translate(_TABLE) if _NEEDS_TRANSLATION.search(text) else text


def to_simplified(text: str) -> str:
    """Traditional characters as simplified ones, one for one."""
    try:
        simplified = _converter().convert(text)
    except UnicodeEncodeError:  # a lone surrogate: the converter takes only valid UTF-8
        simplified = ""
    return simplified if len(simplified) == len(text) else text.translate(_TRADITIONAL_TABLE)


@lru_cache(maxsize=1)
def _converter():
    import opencc  # loaded with its dictionaries only when a traditional text comes

    return opencc.OpenCC("t2s")
