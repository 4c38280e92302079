"""A whole saved page, end to end: GB18030 bytes, page furniture, inline tags, full-width digits."""

from __future__ import annotations

from pathlib import Path

from viewer.core.batch import process_file

PAGE = Path(__file__).parent / "fixtures" / "extraction" / "zone_report_gb18030.html"


def test_government_page_gives_the_article_figures_and_nothing_from_the_page():
    result = process_file(str(PAGE))
    assert result.ok, result.error
    rows = {(r.indicator, r.value, r.unit): r for r in result.rows}
    assert set(rows) == {
        ("地区生产总值", 1385.6, "亿元"),
        ("地区生产总值占全市比重", 10.6, "%"),
        ("规模以上工业增加值增速", 9.8, "%"),
        ("营业收入", 2345.7, "亿元"),
        ("固定资产投资增速", 12.1, "%"),
        ("工业投资增速", 18.5, "%"),
        ("一般公共预算收入", 85.3, "亿元"),
        ("国家高新技术企业", 2156, "家"),
        ("国家高新技术企业增加", 312, "家"),
        ("科技型中小企业", 4800, "家"),
        ("进出口总额", 567.8, "亿元"),
    }
    gdp = rows[("地区生产总值", 1385.6, "亿元")]
    assert (gdp.growth_pct, gdp.year, gdp.subject) == (7.2, 2023, "合肥高新区")
    revenue = rows[("一般公共预算收入", 85.3, "亿元")]
    assert revenue.quote == "８５．３亿元" and revenue.growth_pct == 6.4
    assert rows[("营业收入", 2345.7, "亿元")].value_base == 234570000000
    assert rows[("科技型中小企业", 4800, "家")].qualifier == "over"
    assert all(r.year == 2023 for r in result.rows)  # a report on 2023 dates its undated figures
