"""One hand-made indicator row for table, filter and model tests: name only the fields a test is about."""

from __future__ import annotations

from viewer.core.schema import Indicator

DEFAULTS = dict(
    source="articles/a.txt", indicator="营业收入", value=1.0, unit="亿元", value_base=1e8, base_unit="元",
    qualifier="", year=2023, growth_pct=None, growth_kind="", subject="高新区", category="经济",
    quote="营业收入1亿元", start=0, end=7, sentence="营业收入1亿元。",
)


def indicator(**fields) -> Indicator:
    return Indicator(**{**DEFAULTS, **fields})
