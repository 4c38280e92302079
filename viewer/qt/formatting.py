"""How indicator numbers read in the table, and how typed numbers are read back.

Plain functions with no Qt in them (they live here because only the window uses them):

``format_number(x)``                  2500 -> "2,500", 436.29 -> "436.29", NaN -> ""
``format_value(value, unit)``         "436.29 亿元"
``format_base(value_base, unit)``     "43,629,000,000 元"
``qualifier_mark(qualifier)``         "approx" -> "约", "over" -> ">", "under" -> "<"
``format_growth(pct, kind_label)``    "+12.5%", "+8% (avg/yr)"
``source_name(path)``                 the file name of a source path
``parse_number(text)``                "1,234" / "1.5e6" / "3万" / "2.5亿" -> float; "" -> None;
                                      ValueError otherwise
"""

from __future__ import annotations

import math
import re

QUALIFIER_MARKS = {"approx": "约", "over": ">", "under": "<"}

# Above this, digits stop meaning anything to a reader; switch to exponent notation.
_LARGEST_PLAIN = 1e18
_MAX_DECIMALS = 4

_CHINESE_MULTIPLIERS = {"千": 1e3, "万": 1e4, "百万": 1e6, "千万": 1e7, "亿": 1e8, "万亿": 1e12}
_NUMBER_WITH_MULTIPLIER = re.compile(r"^\s*([-+]?[\d,]*\.?\d+(?:[eE][-+]?\d+)?)\s*(万亿|千万|百万|千|万|亿)?\s*$")


def format_number(x: float | None) -> str:
    """Thousands separators, up to four decimals, no trailing zeros; empty when missing."""
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return ""
    x = float(x)
    if math.isinf(x) or abs(x) >= _LARGEST_PLAIN:
        return f"{x:.6g}"
    if x == int(x):
        return f"{int(x):,}"
    text = f"{x:,.{_MAX_DECIMALS}f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def format_value(value: float | None, unit: str) -> str:
    number = format_number(value)
    if not number:
        return ""
    return f"{number} {unit}" if unit else number


def format_base(value_base: float | None, base_unit: str) -> str:
    return format_value(value_base, base_unit)


def qualifier_mark(qualifier: str) -> str:
    return QUALIFIER_MARKS.get(qualifier, qualifier)


def format_growth(pct: float | None, kind_label: str = "") -> str:
    number = format_number(pct)
    if not number:
        return ""
    sign = "+" if pct > 0 else ""
    text = f"{sign}{number}%"
    return f"{text} ({kind_label})" if kind_label else text


def source_name(path: str) -> str:
    """The last part of a path written with / or \\ separators."""
    return re.split(r"[\\/]", path.rstrip("\\/"))[-1] if path else ""


def parse_number(text: str) -> float | None:
    """A number a user typed: thousands separators, exponents and 千/万/亿 multipliers allowed."""
    if not text.strip():
        return None
    match = _NUMBER_WITH_MULTIPLIER.match(text.replace("，", ","))
    if not match:
        raise ValueError(f"not a number: {text!r}")
    number = float(match.group(1).replace(",", ""))
    multiplier = _CHINESE_MULTIPLIERS.get(match.group(2) or "", 1.0)
    return number * multiplier
