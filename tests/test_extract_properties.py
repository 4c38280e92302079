"""Random text never crashes the extractor, and every row's quote is the text at its span."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from viewer.core.extract import extract_from_text

# Text made of the pieces figures are built from, so that random draws often look like figures.
PIECES = [
    "2021年", "同比增长", "下降", "6.7%", "436.29", "亿元", "万人", "家", "余", "多", "近", "约", "突破", "十", "百",
    "千", "万", "两", "三", "个", "至", "-", "~", ",", "，", "。", "；", "\n", "占", "比重", "达到", "年均", "倍",
    "个百分点", "第", "前", "每", "《", "》", "１２", "．５", "％", "高新区", "其中", "企业", "(", ")", " ",
]
figure_like = st.lists(st.sampled_from(PIECES), max_size=60).map("".join)
any_text = st.text(max_size=300)


@settings(max_examples=300, deadline=None)
@given(st.one_of(figure_like, any_text), st.integers(min_value=1990, max_value=2030) | st.none())
def test_rows_quote_their_exact_span(text, publish_year):
    for row in extract_from_text(text, publish_year=publish_year):
        assert text[row.start:row.end] == row.quote
        assert 0 <= row.start < row.end <= len(text)
        assert row.quote in row.sentence or "\n" in row.quote
        assert row.value == row.value  # never NaN
        assert row.qualifier in ("", "approx", "over", "under")
