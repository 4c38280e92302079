"""A same-length, extraction-friendly copy of a text: offsets into it are offsets into the original.

Full-width digits, letters and number signs (０-９, ％, ．, ～) become their ASCII forms one
character for one, so a highlight computed on the copy lands on the right characters of the text
the user sees. Traditional forms of numerals, units and growth words become simplified the same way.
Full-width punctuation (，；：（）) is left alone: the patterns accept both forms,
which spares the translation on the many texts that have no full-width digits at all.
"""

from __future__ import annotations

import re

_FULL_WIDTH = {chr(0xFF10 + i): str(i) for i in range(10)}
_FULL_WIDTH.update({chr(0xFF21 + i): chr(0x41 + i) for i in range(26)})
_FULL_WIDTH.update({chr(0xFF41 + i): chr(0x61 + i) for i in range(26)})
_FULL_WIDTH.update({"％": "%", "﹪": "%", "．": ".", "－": "-", "−": "-", "～": "~", "〜": "~", "＋": "+", "／": "/"})
# Traditional forms of the characters figures are built from (Big5 articles): numerals, units,
# qualifiers and growth words, so 增長6.7%、18萬人、30餘項 read like their simplified forms.
_TRADITIONAL = dict(zip(
    "萬億兩個餘項輛臺畝噸條間張隻種類場筆處塊顆組層門節雙戶約達較長為佔點過於減與總額數計來億幣圓進產業區經濟營實現",
    "万亿两个余项辆台亩吨条间张只种类场笔处块颗组层门节双户约达较长为占点过于减与总额数计来亿币圆进产业区经济营实现",
))
_FULL_WIDTH.update(_TRADITIONAL)
_TABLE = str.maketrans(_FULL_WIDTH)
_NEEDS_TRANSLATION = re.compile("[" + "".join(_FULL_WIDTH) + "]")


def normalize(text: str) -> str:
    """The text with full-width digits and signs made ASCII; ``len(normalize(t)) == len(t)`` always."""
    return text.translate(_TABLE) if _NEEDS_TRANSLATION.search(text) else text
