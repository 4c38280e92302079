"""Hand-made documents and rows for project tests (independent of how far the extractor has come)."""

from __future__ import annotations

from viewer.core.batch import FileResult
from viewer.core.document import Document
from viewer.core.schema import Indicator

TEXT = (
    "2023年，示范区实现地区生产总值436.3亿元，同比增长8.5%。"
    "规上工业总产值突破1000亿元。高新技术企业达到512家。"
    "全年新增就业1.2万人。"
)

# (indicator, quote, value, unit, value_base, base_unit, growth_pct)
FACTS = (
    ("地区生产总值", "436.3亿元", 436.3, "亿元", 436.3e8, "元", 8.5),
    ("规上工业总产值", "1000亿元", 1000.0, "亿元", 1000e8, "元", None),
    ("高新技术企业", "512家", 512.0, "家", 512.0, "家", None),
)


def indicator(source: str, text: str, name: str, quote: str, value: float, unit: str,
              value_base: float | None, base_unit: str, growth: float | None, after: int = 0) -> Indicator:
    start = text.index(quote, after)
    return Indicator(
        source=source, indicator=name, value=value, unit=unit, value_base=value_base, base_unit=base_unit,
        qualifier="", year=2023, growth_pct=growth, growth_kind="yoy" if growth is not None else "",
        subject="示范区", category="economy", quote=quote, start=start, end=start + len(quote),
        sentence=text[max(0, text.rfind("。", 0, start) + 1): text.find("。", start) + 1],
    )


def extract_facts(document: Document, facts=FACTS) -> list[Indicator]:
    """A stand-in extractor: every fact whose quote is in the text, at its first occurrence."""
    return [indicator(document.source, document.text, *fact) for fact in facts if fact[1] in document.text]


def document(source: str = "articles/a.txt", text: str = TEXT) -> Document:
    return Document(source=source, text=text, title="示范区经济运行", sha256="0" * 64)


def result(source: str = "articles/a.txt", text: str = TEXT, facts=FACTS) -> FileResult:
    doc = document(source, text)
    return FileResult(source, document=doc, rows=extract_facts(doc, facts))
