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
        ("规模以上工业企业营业收入", 2345.7, "亿元"),
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
    assert rows[("规模以上工业企业营业收入", 2345.7, "亿元")].value_base == 234570000000
    assert rows[("科技型中小企业", 4800, "家")].qualifier == "over"
    assert all(r.year == 2023 for r in result.rows)  # a report on 2023 dates its undated figures


COMMUNIQUE = Path(__file__).parent / "fixtures" / "extraction" / "communique_excerpt.txt"


def test_communique_excerpt_rows_growth_and_subjects():
    from viewer.core.extract import extract_from_text

    text = COMMUNIQUE.read_text(encoding="utf-8")
    rows = extract_from_text(text, title="杭州市2023年国民经济和社会发展统计公报")
    found = {(r.indicator, r.value, r.unit): r for r in rows}
    assert found[("居民人均可支配收入", 52345, "元")].growth_pct == 5.1
    assert found[("粮食总产量", 125.6, "万吨")].growth_pct == -2.3  # 减产 is a decline
    assert found[("空气质量优良天数", 312, "天")].year == 2023  # a counted number of days
    assert found[("PM2.5年均浓度", 32, "微克/立方米")].growth_pct == -5.9
    assert found[("贷款余额", 2.01, "万亿元")].value_base == 2.01e12
    assert {r.subject for r in rows} == {"杭州市"}  # 年末全市 opens sentences but names no place
    assert all(r.year == 2023 for r in rows) and all(r.indicator for r in rows)
    assert len(rows) == 15


def test_communique_table_rows_take_their_unit_from_the_label():
    from viewer.core.reader import read_bytes
    from viewer.core.extract import extract_indicators

    page = """<html><head><title>2023年某市统计公报</title></head><body><div class=content>
    <p>全年经济平稳增长，实现营业收入500亿元。</p>
    <table><tr><td>指标</td><td>绝对数</td><td>比上年增长(%)</td></tr>
    <tr><td>地区生产总值（亿元）</td><td>5432.1</td><td>5.6</td></tr>
    <tr><td>常住人口（万人）</td><td>552.3</td><td>0.6</td></tr></table>
    <table><tr><td>项目</td><td>数量</td></tr><tr><td>高新技术企业（家）</td><td>2,156</td></tr></table>
    </div></body></html>"""
    document = read_bytes(page.encode("utf-8"), "communique.html")
    rows = extract_indicators(document)
    assert [(r.indicator, r.value, r.unit, r.growth_pct) for r in rows] == [
        ("营业收入", 500, "亿元", None),
        ("地区生产总值", 5432.1, "亿元", 5.6),
        ("常住人口", 552.3, "万人", 0.6),
        ("高新技术企业", 2156, "家", None),  # no growth column in that table
    ]
    assert rows[1].value_base == 543210000000 and rows[1].growth_kind == "yoy" and rows[1].year == 2023
    assert all(document.text[r.start:r.end] == r.quote for r in rows)


def test_tables_with_a_unit_column_and_rows_that_give_only_a_rate():
    from viewer.core.reader import read_bytes
    from viewer.core.extract import extract_indicators

    page = """<html><head><title>2023年1-12月全区主要经济指标</title></head><body>
    <table><tr><td>指标名称</td><td>单位</td><td>1-12月</td><td>同比增长(%)</td></tr>
    <tr><td>地区生产总值</td><td>亿元</td><td>856.3</td><td>6.1</td></tr>
    <tr><td>其中：第一产业增加值</td><td>亿元</td><td>23.4</td><td>3.1</td></tr>
    <tr><td>规模以上工业增加值</td><td>亿元</td><td>—</td><td>8.2</td></tr>
    <tr><td>固定资产投资</td><td>亿元</td><td>—</td><td>-3.5</td></tr>
    <tr><td>常住人口城镇化率</td><td>%</td><td>66.3</td><td>0.8</td></tr>
    <tr><td>实际利用外资</td><td>万美元</td><td>12345</td><td>15.6</td></tr></table>
    </body></html>"""
    document = read_bytes(page.encode("utf-8"), "indicators.html")
    rows = extract_indicators(document)
    assert [(r.indicator, r.value, r.unit, r.growth_pct) for r in rows] == [
        ("地区生产总值", 856.3, "亿元", 6.1),
        ("第一产业增加值", 23.4, "亿元", 3.1),
        ("规模以上工业增加值增速", 8.2, "%", 8.2),
        ("固定资产投资增速", -3.5, "%", -3.5),
        ("常住人口城镇化率", 66.3, "%", None),  # beside a share the second number is points
        ("实际利用外资", 12345, "万美元", 15.6),
    ]
    assert all(r.year == 2023 and r.growth_kind in ("yoy", "") for r in rows)
    assert rows[-1].value_base == 123450000 and rows[-1].base_unit == "美元"
    assert all(document.text[r.start:r.end] == r.quote for r in rows)


def test_a_table_whose_columns_are_years_dates_each_cell():
    from viewer.core.reader import read_bytes
    from viewer.core.extract import extract_indicators

    page = """<html><head><title>高新区主要指标</title></head><body>
    <table><tr><td>指标</td><td>2021年</td><td>2022年</td><td>2023年</td></tr>
    <tr><td>营业收入（亿元）</td><td>1,200</td><td>1,350.5</td><td>1,502</td></tr>
    <tr><td>高新技术企业（家）</td><td>320</td><td>—</td><td>468</td></tr>
    <tr><td>地区生产总值（亿元）</td><td>500</td><td>560</td></tr></table>
    </body></html>"""
    document = read_bytes(page.encode("utf-8"), "years.html")
    rows = extract_indicators(document)
    assert [(r.indicator, r.value, r.year) for r in rows] == [
        ("营业收入", 1200, 2021), ("营业收入", 1350.5, 2022), ("营业收入", 1502, 2023),
        ("高新技术企业", 320, 2021), ("高新技术企业", 468, 2023),
        ("地区生产总值", 500, None),  # two cells under three years: which years is not known
    ]
    assert all(document.text[r.start:r.end] == r.quote for r in rows)


def test_a_rate_cell_with_its_percent_sign_stays_in_its_table_row():
    from viewer.core.extract import extract_from_text

    rows = extract_from_text("指标 2021年 增长\n工业总产值（亿元） 7090.6 12.3%\n")
    assert [(r.indicator, r.value, r.unit, r.year, r.growth_pct) for r in rows] == [
        ("工业总产值", 7090.6, "亿元", 2021, 12.3)]


def test_a_table_whose_header_gives_each_columns_measure_and_unit():
    from viewer.core.reader import read_bytes
    from viewer.core.extract import extract_indicators

    page = """<html><head><title>长沙高新区2022年主导产业发展情况</title></head><body>
    <p>2022年，长沙高新区主导产业保持较快增长。</p>
    <table><tr><td>产业</td><td>规模以上企业(家)</td><td>产值(亿元)</td><td>同比增长(%)</td></tr>
    <tr><td>先进装备制造</td><td>286</td><td>1526.4</td><td>9.8</td></tr>
    <tr><td>生物医药与大健康</td><td>97</td><td>412.7</td><td>7.5</td></tr></table>
    </body></html>"""
    document = read_bytes(page.encode("utf-8"), "industries.html")
    rows = extract_indicators(document)
    assert [(r.indicator, r.value, r.unit, r.growth_pct) for r in rows] == [
        ("先进装备制造规模以上企业", 286, "家", None), ("先进装备制造产值", 1526.4, "亿元", 9.8),
        ("生物医药与大健康规模以上企业", 97, "家", None), ("生物医药与大健康产值", 412.7, "亿元", 7.5),
    ]
    assert all(document.text[r.start:r.end] == r.quote for r in rows)


def test_a_zone_statistics_page_whose_zone_only_the_page_title_names():
    from viewer.core.reader import read_bytes
    from viewer.core.extract import extract_indicators

    body = """<h2>2025年一季度主要经济指标完成情况</h2>
    <div>发布日期：2025-04-18　来源：经济发展局</div>
    <p>一季度，全区经济实现良好开局。营业总收入完成612.8亿元，同比增长11.3%。</p>"""
    # the <title> names the zone the headline leaves out: the headline as the page gives it in full
    page = f"""<html><head><title>2025年一季度青岚高新区主要经济指标完成情况</title></head><body>{body}</body></html>"""
    document = read_bytes(page.encode("utf-8"), "zone.html")
    assert document.title == "2025年一季度青岚高新区主要经济指标完成情况"
    assert document.text.startswith("一季度，全区")
    assert [(r.indicator, r.subject) for r in extract_indicators(document)] == [("营业总收入", "青岚高新区")]
    # a bureau named without its body, on the site of a zone's 管委会, is the 管委会's: 全区 is its zone
    for site in ("青岚高新区管委会", "青岚高新技术产业开发区管理委员会"):
        page = f"""<html><head><title>2025年一季度主要经济指标完成情况-{site}</title></head><body>{body}
        <div class="foot">{site}主办</div></body></html>"""
        document = read_bytes(page.encode("utf-8"), "zone.html")
        assert document.publisher == site + "经济发展局"
        assert [r.subject for r in extract_indicators(document)] == ["青岚高新区"]


def test_a_city_bureaus_report_whose_source_names_the_bureau_by_its_level_alone():
    from viewer.core.reader import read_bytes
    from viewer.core.extract import extract_indicators

    # 来源：市投资促进局; the site's header, the signature and 主办单位 name it in full: 全市 is 黎川市
    page = """<html><head><title>关于2025年10月份全市招商引资工作情况的通报</title></head><body>
    <div class="head">黎川市投资促进局 | 首页 | 通知公告</div>
    <h1>关于2025年10月份全市招商引资工作情况的通报</h1>
    <div class="meta">发布时间：2025-11-08　来源：市投资促进局</div>
    <p>1—10月，全市新签约招商引资项目412个，协议投资总额2865.3亿元，同比增长14.2%。</p>
    <p>部分地区项目落地率偏低，已签约项目开工率仅为61.5%。南溪县到位资金同比下降3.2%，排名较上月下降1位。</p>
    <p>黎川市投资促进局</p>
    </body></html>"""
    document = read_bytes(page.encode("utf-8"), "bulletin.html")
    assert document.publisher == "黎川市投资促进局"
    assert [(r.value, r.subject) for r in extract_indicators(document)] == [
        (412, "黎川市"), (2865.3, "黎川市"), (61.5, "黎川市"), (-3.2, "南溪县")]


def test_a_provincial_departments_page_whose_source_names_its_body_by_its_level_alone():
    from viewer.core.reader import read_bytes
    from viewer.core.extract import extract_indicators

    # 来源：省科技厅高新技术处 on a page titled '…_江南省科学技术厅': 全省 is 江南省, not the zone the text names first
    page = """<html><head><title>2023年全省高新区主要经济指标_数据发布_江南省科学技术厅</title></head><body>
    <h2>2023年全省高新区主要经济指标</h2>
    <div class="info">发布时间：2024-02-26　来源：省科技厅高新技术处</div>
    <p>2023年，全省高新区实现营业总收入2.12万亿元，同比增长7.9%。</p>
    <p>分园区看，江州高新区营业总收入继续位居全省第一，宁川高新区增速最快。</p>
    </body></html>"""
    document = read_bytes(page.encode("utf-8"), "zones.html")
    assert document.publisher == "江南省科技厅高新技术处"
    assert [(r.value, r.subject) for r in extract_indicators(document)] == [(2.12, "江南省")]
