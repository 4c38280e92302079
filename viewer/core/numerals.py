"""Numbers as Chinese articles write them: 436.29, 1,234, 1.2万, 三千, 两千, 十余, 百亿, 二〇二一.

Only what a figure needs: a value, and where a trailing 万/亿 magnitude begins (that part is
written into the unit: 18万人 is 18 with unit 万人; 百亿元 is 100 with unit 亿元).
Hand-written because the general libraries both miss forms like 百亿 and invent figures from
words (长三角 → 0.3); this module only ever sees spans the figure pattern already matched.
"""

from __future__ import annotations

DIGITS = {"零": 0, "〇": 0, "○": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
LARGE_UNITS = {"万": 10**4, "亿": 10**8}
CHINESE_NUMERAL_CHARS = "".join(DIGITS) + "".join(SMALL_UNITS) + "".join(LARGE_UNITS) + "点"

# Magnitudes that may open a unit (longest first): 亿元, 万人, 千万元, 百万美元, 万亿元.
MAGNITUDE_PREFIXES = (
    ("万亿", 10**12),
    ("千亿", 10**11),
    ("百亿", 10**10),
    ("十亿", 10**9),
    ("千万", 10**7),
    ("百万", 10**6),
    ("十万", 10**5),
    ("亿", 10**8),
    ("万", 10**4),
    ("千", 10**3),  # 千瓦 is 1000 瓦, 千米 1000 米: the same rule holds
)


def parse_arabic(text: str) -> float:
    """'1,234.5' -> 1234.5."""
    return float(text.replace(",", ""))


def parse_chinese(text: str) -> float | None:
    """A Chinese numeral ('三千', '十二', '两千五百', '二〇二一', '三点五', '一万二') as a number.

    Returns None for text that is not a well-formed numeral, so a stray character never
    becomes a figure.
    """
    integer_part, _, fraction_part = text.partition("点")
    whole = _parse_integer(integer_part)
    if whole is None:
        return None
    if not fraction_part:
        return float(whole)
    if any(c not in DIGITS for c in fraction_part):
        return None
    return float(f"{whole}." + "".join(str(DIGITS[c]) for c in fraction_part))


def _parse_integer(text: str) -> int | None:
    if all(c in DIGITS for c in text):
        # Digit-by-digit form: 二〇二一 -> 2021 (a lone digit is itself).
        return int("".join(str(DIGITS[c]) for c in text)) if text else None
    total = 0  # completed 万/亿 sections
    section = 0  # value below the current large unit
    digit: int | None = None
    last_small = 10**9  # small units must fall within a section: 三千五百, never 百千
    previous_unit = 0
    for char in text:
        if char in DIGITS:
            if digit:  # two non-zero digits in a row: not a positional numeral
                return None
            digit = DIGITS[char]
        elif char in SMALL_UNITS:
            unit = SMALL_UNITS[char]
            if unit >= last_small:
                return None
            section += (1 if digit is None else digit) * unit
            last_small, previous_unit, digit = unit, unit, None
        elif char in LARGE_UNITS:
            unit = LARGE_UNITS[char]
            section += digit or 0
            if section == 0 and total == 0:
                section = 1  # 万 alone, 亿 alone
            # 一万亿: a larger unit scales everything before it; 一亿二千万: a smaller one adds.
            total = (total + section) * unit if total < unit else total + section * unit
            section, digit, last_small, previous_unit = 0, None, 10**9, unit
        else:
            return None
    if digit:
        # 两千五 is 2500 and 一万二 is 12000: a final digit right after a unit fills the next place down.
        if text[-2] not in DIGITS and previous_unit >= 100:
            digit *= previous_unit // 10
        section += digit
    return total + section


def split_magnitude(unit_text: str) -> tuple[str, int]:
    """'亿元' -> ('元', 10**8); '万平方米' -> ('平方米', 10**4); '个' -> ('个', 1)."""
    for prefix, factor in MAGNITUDE_PREFIXES:
        if unit_text.startswith(prefix) and len(unit_text) > len(prefix):
            return unit_text[len(prefix):], factor
    return unit_text, 1


def magnitude_only(unit_text: str) -> int | None:
    """The factor of a unit that is only a magnitude ('万' -> 10000), else None."""
    for prefix, factor in MAGNITUDE_PREFIXES:
        if unit_text == prefix:
            return factor
    return None


# 两成 is 20%: a digit and 成 (as written in 增长近两成, 占全省的六成以上).
TENTHS = r"[一二两三四五六七八九]成"
# 百分之六点七, 百分之十, 百分之3.5: a percentage written out (older texts and reports).
PERCENT_NUMBER = r"\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百]+(?:点[零〇一二三四五六七八九]+)?"


def tenths_value(tenths: str) -> float:
    """'两成' -> 20.0 (per cent)."""
    return 10.0 * DIGITS[tenths[0]]


def fraction_percent(numerator: str, denominator: str) -> float | None:
    """'一', '三' (三分之一) -> 33.33 (per cent); None unless a proper fraction."""
    top, bottom = DIGITS.get(numerator, 0), DIGITS.get(denominator, 10 if denominator == "十" else 0)
    return round(100 * top / bottom, 2) if 0 < top < bottom else None


def percent_value(number: str) -> float | None:
    """The value of the number after 百分之."""
    return float(number) if number[0].isdigit() else parse_chinese(number)
