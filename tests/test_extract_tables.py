"""Table rows as the reader writes them (one line per row, cells separated by spaces), read column by column."""

from __future__ import annotations

from viewer.core.extract import extract_from_text
from viewer.core.read_html import read_html


def table(*lines: str, **context):
    rows = extract_from_text("\n".join(lines) + "\n", **context)
    return [(r.indicator, r.value, r.unit, r.year, r.growth_pct, r.growth_kind) for r in rows]


def test_a_growth_column_after_year_columns_is_the_growth_of_its_years_figure():
    assert table("指标名称 单位 2021年 2022年 2023年 2023年比上年增长（%）",
                 "营业收入 亿元 2345.6 2678.9 3012.4 12.4") == [
        ("营业收入", 2345.6, "亿元", 2021, None, ""),
        ("营业收入", 2678.9, "亿元", 2022, None, ""),
        ("营业收入", 3012.4, "亿元", 2023, 12.4, "yoy"),
    ]


def test_a_growth_column_goes_with_the_figure_column_just_before_it_and_periods_tell_the_figures_apart():
    assert table("指标 单位 本月 同比增长(%) 1-5月 同比增长(%)",
                 "规模以上工业增加值 亿元 123.4 5.1 1234.5 6.8") == [
        ("本月规模以上工业增加值", 123.4, "亿元", None, 5.1, "yoy"),
        ("1-5月规模以上工业增加值", 1234.5, "亿元", None, 6.8, "yoy"),
    ]
    assert table("指标 单位 本月 累计 同比增长(%)", "规模以上工业增加值 亿元 123.4 1234.5 6.8",
                 "固定资产投资 亿元 — 856.2 5.4") == [
        ("本月规模以上工业增加值", 123.4, "亿元", None, None, ""),
        ("规模以上工业增加值累计", 1234.5, "亿元", None, 6.8, "yoy"),
        ("固定资产投资", 856.2, "亿元", None, 5.4, "yoy"),  # one period given: nothing to tell apart
    ]


def test_the_figure_of_the_previous_period_is_neither_a_figure_of_the_row_nor_its_growth():
    assert table("指标 单位 本期 上年同期 比上年同期增长(%)", "一般公共预算收入 亿元 85.3 80.2 6.4") == [
        ("一般公共预算收入", 85.3, "亿元", None, 6.4, "yoy")]


def test_a_column_that_only_says_the_figure_or_its_period_adds_nothing_to_the_name():
    assert table("指标 绝对数(亿元) 比上年增长(%)", "地区生产总值 5432.1 5.6") == [
        ("地区生产总值", 5432.1, "亿元", None, 5.6, "yoy")]


def test_a_month_on_month_growth_column():
    assert table("指标 单位 9月 环比增长(%)", "社会消费品零售总额 亿元 — 0.3") == [
        ("社会消费品零售总额环比增速", 0.3, "%", None, 0.3, "mom")]


def html_table(*rows: str):
    """The figures of an HTML table, read as the reader writes its rows."""
    return table(read_html("<table>" + "".join(rows) + "</table>").text)


TWO_LEVEL_HEADER = ('<tr><td rowspan="2">指标</td><td rowspan="2">单位</td><td colspan="2">1-10月</td></tr>',
                    "<tr><td>绝对值</td><td>同比增长(%)</td></tr>")


def test_a_header_of_two_lines_puts_its_lower_line_over_the_figures():
    assert html_table(*TWO_LEVEL_HEADER,
                      "<tr><td>规模以上工业增加值</td><td>%</td><td>—</td><td>7.8</td></tr>",
                      "<tr><td>房地产开发投资</td><td>亿元</td><td>402.66</td><td>-8.7</td></tr>") == [
        ("规模以上工业增加值增速", 7.8, "%", None, 7.8, "yoy"),
        ("房地产开发投资", 402.66, "亿元", None, -8.7, "yoy"),
    ]


def test_a_header_cell_spanning_both_lines_at_the_right_end_heads_its_column_and_the_rows_are_read():
    # 园区 | 营业收入 (two columns) | 工业产值 (two columns) | 企业（家） (two lines), over 金额（亿元）| 增长（%）| …
    rows = html_table("<tr><td rowspan='2'>园区</td><td colspan='2'>营业收入</td><td colspan='2'>工业产值</td>"
                      "<td rowspan='2'>高新技术企业（家）</td></tr>",
                      "<tr><td>金额（亿元）</td><td>增长（%）</td><td>金额（亿元）</td><td>增长（%）</td></tr>",
                      "<tr><td>江州高新区</td><td>812.4</td><td>9.6</td><td>655.1</td><td>7.2</td><td>356</td></tr>",
                      "<tr><td>宁川高新区</td><td>430.5</td><td>-1.8</td><td>388.2</td><td>2.4</td><td>128</td></tr>")
    assert [row[1:] for row in rows] == [
        (812.4, "亿元", None, 9.6, "yoy"), (655.1, "亿元", None, 7.2, "yoy"), (356, "家", None, None, ""),
        (430.5, "亿元", None, -1.8, "yoy"), (388.2, "亿元", None, 2.4, "yoy"), (128, "家", None, None, ""),
    ]


def test_the_upper_line_of_a_two_line_header_names_the_metric_of_a_place_tables_columns():
    # 营业收入 over 金额（亿元）| 增长（%）: the figure is the zone's 营业收入, in 亿元, its growth the column beside it
    rows = table(read_html("<h1>各园区主要经济指标</h1><table>"
                           "<tr><td rowspan='2'>园区</td><td colspan='2'>营业收入</td><td colspan='2'>工业产值</td></tr>"
                           "<tr><td>金额（亿元）</td><td>增长（%）</td><td>金额（亿元）</td><td>增长（%）</td></tr>"
                           "<tr><td>江州高新区</td><td>812.4</td><td>9.6</td><td>655.1</td><td>7.2</td></tr></table>").text)
    assert rows == [("江州高新区营业收入", 812.4, "亿元", None, 9.6, "yoy"),
                    ("江州高新区工业产值", 655.1, "亿元", None, 7.2, "yoy")]


def test_the_upper_line_of_a_two_line_header_gives_its_columns_years_as_a_one_line_header_does():
    # 2023年 over 绝对值 | 增长%, 2024年1-9月 over 绝对值 | 增长%: as 指标 单位 2023年 增长% 2024年1-9月 增长%
    one_line = table("宁川高新区2024年1-9月主要经济指标", "指标 单位 2023年 增长% 2024年1-9月 增长%",
                     "营业收入 亿元 1623.4 7.2 1268.9 6.8", "固定资产投资 亿元 — 8.5 — -3.6")
    assert html_table("<tr><td rowspan='2'>指标</td><td rowspan='2'>单位</td><td colspan='2'>2023年</td>"
                      "<td colspan='2'>2024年1-9月</td></tr>",
                      "<tr><td>绝对值</td><td>增长%</td><td>绝对值</td><td>增长%</td></tr>",
                      "<tr><td>营业收入</td><td>亿元</td><td>1623.4</td><td>7.2</td><td>1268.9</td><td>6.8</td></tr>",
                      "<tr><td>固定资产投资</td><td>亿元</td><td>—</td><td>8.5</td><td>—</td><td>-3.6</td></tr>") \
        == one_line == [
        ("营业收入", 1623.4, "亿元", 2023, 7.2, "yoy"), ("营业收入", 1268.9, "亿元", 2024, 6.8, "yoy"),
        ("固定资产投资增速", 8.5, "%", 2023, 8.5, "yoy"), ("固定资产投资增速", -3.6, "%", 2024, -3.6, "yoy")]


def test_a_header_cell_spanning_the_label_and_unit_columns_heads_no_figures():
    # laid out in the grid, 指标名称及单位 stands over both the label's and the unit's columns
    assert html_table('<tr><td rowspan="2" colspan="2">指标名称及单位</td><td colspan="2">绝对值</td>'
                      '<td rowspan="2">2024年比上年增长(%)</td></tr>',
                      "<tr><td>2023年</td><td>2024年</td></tr>",
                      "<tr><td>营业收入</td><td>亿元</td><td>380.2</td><td>412.6</td><td>8.5</td></tr>") == [
        ("营业收入", 380.2, "亿元", 2023, None, ""), ("营业收入", 412.6, "亿元", 2024, 8.5, "yoy")]


def test_a_sections_heading_across_the_table_is_no_header_of_the_rows_below_it():
    section = '<tr><td colspan="4"><strong>一、工业</strong></td></tr>'
    assert html_table(*TWO_LEVEL_HEADER, section,
                      "<tr><td>房地产开发投资</td><td>亿元</td><td>402.66</td><td>-8.7</td></tr>",
                      '<tr><td colspan="4">二、消费</td></tr>',
                      "<tr><td>社会消费品零售总额</td><td>亿元</td><td>1286.45</td><td>8.1</td></tr>") == [
        ("房地产开发投资", 402.66, "亿元", None, -8.7, "yoy"),
        ("社会消费品零售总额", 1286.45, "亿元", None, 8.1, "yoy"),
    ]
    assert html_table("<tr><td>指标</td><td>单位</td><td>本月</td><td>1-10月</td><td>同比增长(%)</td></tr>",
                      section.replace("4", "5"),
                      "<tr><td>固定资产投资</td><td>%</td><td>—</td><td>—</td><td>5.1</td></tr>") == [
        ("固定资产投资增速", 5.1, "%", None, 5.1, "yoy")]


def test_a_line_of_one_cell_under_a_paragraph_is_still_the_header_of_the_rows_below_it():
    # (the paragraph's 增长 heads no column of growth)
    assert table("各项指标同比均有增长。", "单位：亿元", "房地产开发投资 亿元 402.66 -8.7") == [
        ("房地产开发投资", 402.66, "亿元", None, None, "")]


YEAR_COLUMNS = ("指标名称 2021年 2022年 2023年", "营业收入 2345.6 2678.9 3012.4")
REVENUE_BY_YEAR = [("营业收入", 2345.6, "亿元", 2021, None, ""), ("营业收入", 2678.9, "亿元", 2022, None, ""),
                   ("营业收入", 3012.4, "亿元", 2023, None, "")]


def test_a_tables_unit_in_a_line_above_its_header_measures_its_rows():
    assert table("近年来主要经济指标保持较快增长，情况如下。", "单位：亿元", *YEAR_COLUMNS) == REVENUE_BY_YEAR
    assert table("表1 绵阳高新区主要指标（单位:亿元）", *YEAR_COLUMNS) == REVENUE_BY_YEAR
    assert table("单位：亿元", "表1 绵阳高新区主要指标", *YEAR_COLUMNS) == REVENUE_BY_YEAR
    assert table("单位：万元", "项目 金额", "办公费 1200") == [("办公费", 1200, "万元", None, None, "")]


def test_a_tables_unit_measures_columns_of_measures_under_a_header_with_a_growth_column():
    assert table("单位:亿元", "产业 产值 同比增长(%)", "新能源与节能环保 865.2 21.3") == [
        ("新能源与节能环保产值", 865.2, "亿元", None, 21.3, "yoy")]


def test_a_tables_unit_in_its_header_measures_its_rows():
    assert table("指标名称（单位：亿元） 2021年 2022年 2023年", YEAR_COLUMNS[1]) == REVENUE_BY_YEAR
    assert table("单位：亿元 2021年 2022年 2023年", YEAR_COLUMNS[1]) == REVENUE_BY_YEAR  # in the corner cell


def test_a_rows_own_unit_comes_before_the_tables():
    assert table("单位：亿元", "指标 2022年 2023年", "高新技术企业（家） 320 468") == [
        ("高新技术企业", 320, "家", 2022, None, ""), ("高新技术企业", 468, "家", 2023, None, "")]


def test_a_unit_named_in_prose_is_no_tables_unit():
    assert table("主办单位：区科技局", "指标名称 2021年 2022年", "营业收入 2345.6 2678.9") == []


def test_a_tables_unit_measures_no_figures_under_a_paragraph():
    assert table("单位：亿元", "近三年 主要指标 如下", "营业收入 2345.6 2678.9") == []  # its words are no columns


def test_a_row_that_gives_only_a_rate_under_a_percent_unit_is_that_rate():
    assert table("指标 单位 绝对值 同比增长(%)", "固定资产投资 % — 5.1") == [
        ("固定资产投资增速", 5.1, "%", None, 5.1, "yoy")]


def test_a_share_whose_figure_is_missing_gives_no_rate():
    assert table("指标 单位 绝对值 比上年增长(%)", "常住人口城镇化率 % — 0.8") == []  # its change is in points


def test_placeholders_of_empty_cells_keep_the_cells_under_their_columns():
    header = "指标 单位 本月 1-5月 同比增长(%)"
    for empty in ("—", "——", "-", "--", "…", "……", "/", "―"):
        assert table(header, f"固定资产投资 {empty} {empty} {empty} 5.1") == [
            ("固定资产投资增速", 5.1, "%", None, 5.1, "yoy")], empty
        assert table(header, f"社会消费品零售总额 亿元 {empty} 986.2 4.3") == [
            ("社会消费品零售总额", 986.2, "亿元", None, 4.3, "yoy")], empty


def test_a_header_of_bare_years_is_no_row():
    assert table("单位：亿元", "指标名称 2021 2022 2023", YEAR_COLUMNS[1]) == REVENUE_BY_YEAR
    assert table("单位：家", "指标 2021年 2022年 2023年", "高新技术企业 2015 2156 2310") == [  # counts, not years
        ("高新技术企业", 2015, "家", 2021, None, ""), ("高新技术企业", 2156, "家", 2022, None, ""),
        ("高新技术企业", 2310, "家", 2023, None, "")]


def test_a_row_with_its_own_unit_is_a_row_even_if_its_figures_look_like_years():
    assert table("指标 2021年 2022年", "入库企业（家） 2021 2022") == [
        ("入库企业", 2021, "家", 2021, None, ""), ("入库企业", 2022, "家", 2022, None, "")]


def test_a_period_or_note_in_brackets_after_a_label_leaves_the_row_and_the_tables_growth_column_whole():
    assert table("指标 单位 1-5月 同比增长(%)",
                 "地区生产总值（一季度） 亿元 812.36 5.2",
                 "规模以上工业增加值 % — 6.8",
                 "存款余额（5月末） 亿元 6712.50 9.1",
                 "贷款余额（余额） 亿元 5210.3 8.4") == [
        ("地区生产总值", 812.36, "亿元", None, 5.2, "yoy"),
        ("规模以上工业增加值增速", 6.8, "%", None, 6.8, "yoy"),
        ("存款余额", 6712.5, "亿元", None, 9.1, "yoy"),
        ("贷款余额", 5210.3, "亿元", None, 8.4, "yoy"),
    ]


def test_a_period_in_brackets_is_no_unit_but_a_unit_in_brackets_after_it_is():
    assert table("指标 绝对数(亿元) 比上年增长(%)",
                 "地区生产总值（一季度） 812.36 5.2",
                 "存款余额（年末）（亿元） 6712.5 9.1") == [
        ("地区生产总值", 812.36, "亿元", None, 5.2, "yoy"),
        ("存款余额", 6712.5, "亿元", None, 9.1, "yoy"),
    ]


def test_growth_columns_headed_with_plus_minus_change_or_year_on_year_alone():
    for growth in ("同比±%", "±%", "增减%", "同比(%)", "同比增减(%)", "比上年同期±%"):
        assert table(f"指标 单位 累计 {growth}", "社会消费品零售总额 亿元 618.25 5.9", "规模以上工业增加值 % — 6.8") == [
            ("社会消费品零售总额", 618.25, "亿元", None, 5.9, "yoy"),
            ("规模以上工业增加值增速", 6.8, "%", None, 6.8, "yoy"),
        ], growth


def test_a_change_column_in_the_rows_unit_is_no_growth_rate():
    assert table("指标 单位 累计 比上年同期增减(亿元)", "社会消费品零售总额 亿元 618.25 32.4") == [
        ("社会消费品零售总额", 618.25, "亿元", None, None, "")]


def test_a_cell_with_a_qualifier_is_a_figure_with_that_qualifier_under_its_columns_year():
    # 7左右, 约10.5, 9以上: a target given about or at least (named as a target, under its column 2024年目标)
    text = "\n".join(["指标名称 2023年完成 2024年目标", "地区生产总值增速（%） 7.2 7左右",
                      "规上工业增加值增速（%） 9.8 9以上", "一般公共预算收入（亿元） 9.87 约10.5"]) + "\n"
    rows = extract_from_text(text)
    assert [(r.indicator, r.value, r.qualifier, r.year) for r in rows] == [
        ("地区生产总值增速", 7.2, "", 2023), ("地区生产总值增速目标", 7, "approx", 2024),
        ("规上工业增加值增速", 9.8, "", 2023), ("规上工业增加值增速目标", 9, "over", 2024),
        ("一般公共预算收入", 9.87, "", 2023), ("一般公共预算收入目标", 10.5, "approx", 2024),
    ]


def test_a_column_headed_with_a_percent_sign_is_in_percent_and_the_growth_is_of_the_amount():
    # 单位：万元 / 年初预算数 执行数 完成预算% 比上年增长%: the share done is no amount, the growth is the 执行数's;
    # the rows' numbering (一、税收收入) is no part of their names
    assert table("单位：万元", "项目 年初预算数 执行数 完成预算% 比上年增长%",
                 "地方一般公共预算收入 207200 214700 103.6 10.2", "一、税收收入 180500 189200 104.8 11.5",
                 "（二）非税收入 26700 25500 95.5 1.4") == [
        ("地方一般公共预算收入年初预算数", 207200, "万元", None, None, ""),
        ("地方一般公共预算收入执行数", 214700, "万元", None, 10.2, "yoy"),
        ("地方一般公共预算收入完成预算", 103.6, "%", None, None, ""),
        ("税收收入年初预算数", 180500, "万元", None, None, ""),
        ("税收收入执行数", 189200, "万元", None, 11.5, "yoy"),
        ("税收收入完成预算", 104.8, "%", None, None, ""),
        ("非税收入年初预算数", 26700, "万元", None, None, ""),
        ("非税收入执行数", 25500, "万元", None, 1.4, "yoy"),
        ("非税收入完成预算", 95.5, "%", None, None, ""),
    ]


def test_a_row_whose_label_opens_with_digits_is_read_and_its_digits_are_no_figure():
    # 0-14岁, 60岁及以上 (an age band), 5A级景区 (a grade): labels that open with a number
    assert table("指标 年末数(万人) 比重(%)", "常住人口 386.74 100.0", "其中:0-14岁 63.82 16.50",
                 "15-59岁 235.54 60.90", "60岁及以上 87.38 22.60") == [
        ("常住人口年末数", 386.74, "万人", None, None, ""),
        ("常住人口比重", 100.0, "%", None, None, ""),
        ("0-14岁年末数", 63.82, "万人", None, None, ""),
        ("0-14岁比重", 16.5, "%", None, None, ""),
        ("15-59岁年末数", 235.54, "万人", None, None, ""),
        ("15-59岁比重", 60.9, "%", None, None, ""),
        ("60岁及以上年末数", 87.38, "万人", None, None, ""),
        ("60岁及以上比重", 22.6, "%", None, None, ""),
    ]
    assert table("单位：个", "指标 2023年 2022年", "5A级景区 2 1", "4A级及以上景区 15 13", "1-5月 12 10") == [
        ("5A级景区", 2, "个", 2023, None, ""), ("5A级景区", 1, "个", 2022, None, ""),
        ("4A级及以上景区", 15, "个", 2023, None, ""), ("4A级及以上景区", 13, "个", 2022, None, ""),
    ]  # 1-5月 names a period, no row


def test_a_label_with_an_ampersand_or_an_abbreviation_in_brackets_is_read():
    # R&D经费投入强度, R＆D (full-width), 研发（R&D）经费: the & and the bracketed abbreviation are the label's
    assert table("指标 单位 绝对值 比上年增长%", "R&D经费投入强度 % 3.16 —", "R＆D经费支出 亿元 28.4 9.6",
                 "研发（R&D）人员 人 5210 4.3") == [
        ("R&D经费投入强度", 3.16, "%", None, None, ""),
        ("R&D经费支出", 28.4, "亿元", None, 9.6, "yoy"),
        ("研发（R&D）人员", 5210, "人", None, 4.3, "yoy"),
    ]
    assert html_table("<tr><td>指标</td><td>绝对数</td></tr>", "<tr><td>R&amp;D经费（亿元）</td><td>28.4</td></tr>") == [
        ("R&D经费", 28.4, "亿元", None, None, "")]


def test_a_tables_whole_place_column_gives_the_rows_figure_and_its_parts_columns_name_their_part():
    # 单位：元 / 指标 全市 城镇 农村: the whole city's figure is the row's, a part's is named by its column
    assert table("表3 2023年居民收入", "单位：元", "指标 全市 城镇居民 农村居民", "人均可支配收入 45120 56300 28450") == [
        ("人均可支配收入", 45120, "元", 2023, None, ""),
        ("城镇居民人均可支配收入", 56300, "元", 2023, None, ""),
        ("农村居民人均可支配收入", 28450, "元", 2023, None, ""),
    ]


def test_a_table_whose_caption_speaks_of_growth_in_per_cent_gives_growth_rates():
    # 表4 2023年居民消费价格比上年涨跌幅度 / 单位：%: each cell is the change of the row's measure
    assert table("表4 2023年居民消费价格比上年涨跌幅度", "单位:%", "指标 全市 城市 农村",
                 "居民消费价格 0.3 0.4 0.1", "其中:食品烟酒 -0.5 -0.4 -0.7") == [
        ("居民消费价格增速", 0.3, "%", 2023, 0.3, "yoy"),
        ("城市居民消费价格增速", 0.4, "%", 2023, 0.4, "yoy"),
        ("农村居民消费价格增速", 0.1, "%", 2023, 0.1, "yoy"),
        ("食品烟酒增速", -0.5, "%", 2023, -0.5, "yoy"),
        ("城市食品烟酒增速", -0.4, "%", 2023, -0.4, "yoy"),
        ("农村食品烟酒增速", -0.7, "%", 2023, -0.7, "yoy"),
    ]
    # a caption of levels (单位：%, 城镇化率) gives levels
    assert table("表2 2023年末人口主要指标", "单位:%", "指标 全省 城镇 乡村", "人口比重 100.0 63.8 36.2") == [
        ("人口比重", 100.0, "%", 2023, None, ""), ("城镇人口比重", 63.8, "%", 2023, None, ""),
        ("乡村人口比重", 36.2, "%", 2023, None, "")]


def test_a_leading_rank_or_serial_number_column_is_no_figure_and_the_rows_are_read_as_without_it():
    # 排名 县（市、区） 签约项目（个） …: the rank is the row's place in the table, never an indicator
    header = "县（市、区） 签约项目（个） 协议投资额（亿元） 到位资金同比增长（%）"
    expected = [("东湖区签约项目", 78, "个", None, None, ""), ("东湖区协议投资额", 586.4, "亿元", None, 12.5, "yoy"),
                ("青山县签约项目", 59, "个", None, None, ""), ("青山县协议投资额", 402.6, "亿元", None, 8.1, "yoy")]
    assert table(header, "东湖区 78 586.4 12.5", "青山县 59 402.6 8.1") == expected
    for rank_column in ("排名", "序号", "位次"):
        assert table(f"{rank_column} {header}", "1 东湖区 78 586.4 12.5", "2 青山县 59 402.6 8.1") == expected
    # a number opening a row under no such column is no rank
    assert table(header, "1 东湖区 78 586.4 12.5") == []
    # the place the label names after the rank is the row's subject, as without the rank
    rows = extract_from_text("排名 县（市、区） 签约项目（个） 协议投资额（亿元）\n1 东湖区 78 586.4\n2 青山县 59 402.6\n",
                             title="关于全市招商引资工作情况的通报")
    assert [row.subject for row in rows] == ["东湖区"] * 2 + ["青山县"] * 2


def test_in_a_table_of_places_each_rows_label_is_its_subject_and_the_whole_places_row_the_articles():
    # 园区名称 …: 青溪生物城 and 临江新城 have no suffix that names a place, yet the rows are theirs; 全市 is the city's
    text = ("2023年全市产业园区主要经济指标\n园区名称 营业收入(亿元) 增长(%)\n全市 2180.6 6.2\n江州高新区 602.1 8.4\n"
            "青溪生物城 318.7 23.7\n临江新城 286.4 12.6\n")
    rows = extract_from_text(text, title="2023年宁川市产业园区主要经济指标")
    assert [(row.indicator, row.subject) for row in rows] == [
        ("全市营业收入", "宁川市"), ("江州高新区营业收入", "江州高新区"), ("青溪生物城营业收入", "青溪生物城"),
        ("临江新城营业收入", "临江新城")]


def test_a_place_a_table_of_places_lists_is_the_subject_where_the_text_names_it():
    # 宁川青溪生物城增长最快: no suffix names 青溪生物城 a place, but the table's rows do (after the city's own name)
    text = ("全市园区营业收入2180.6亿元。其中，江州高新区营业收入602.1亿元；宁川青溪生物城增长最快，增速达到23.7%。\n"
            "园区名称 营业收入(亿元) 增长(%)\n江州高新区 602.1 8.4\n青溪生物城 318.7 23.7\n")
    rows = extract_from_text(text, title="2023年宁川市产业园区主要经济指标")
    assert [(row.value, row.subject) for row in rows][:3] == [
        (2180.6, "宁川市"), (602.1, "江州高新区"), (23.7, "青溪生物城")]


def test_a_growth_column_after_a_missing_period_cell_is_the_growth_of_the_rows_one_given_period():
    # 指标 单位 10月 1—10月累计 同比增长(%) / 存款余额 亿元 9872.5 — 7.6: a balance has no 累计, the rate is the month's
    assert table("指标 单位 10月 1—10月累计 同比增长(%)", "社会消费品零售总额 亿元 124.7 1126.4 5.3",
                 "金融机构本外币存款余额 亿元 9872.5 — 7.6", "固定资产投资 亿元 — — 4.2") == [
        ("10月社会消费品零售总额", 124.7, "亿元", None, None, ""),
        ("社会消费品零售总额累计", 1126.4, "亿元", None, 5.3, "yoy"),
        ("金融机构本外币存款余额", 9872.5, "亿元", None, 7.6, "yoy"),
        ("固定资产投资增速", 4.2, "%", None, 4.2, "yoy"),  # no level given: a rate of its own
    ]
    # a missing figure of another measure or another year is not passed over: the rate is that one's
    assert table("指标 产量(万吨) 产值(亿元) 同比增长(%)", "钢材 125.6 — 6.2") == [
        ("钢材产量", 125.6, "万吨", None, None, ""), ("钢材产值增速", 6.2, "%", None, 6.2, "yoy")]


def test_a_target_column_gives_the_rows_target_named_as_a_target():
    # 指标 单位 完成值 增速(%) 全年目标 完成目标比例(%): 2600 is the year's aim, named as prose names aims (…目标);
    # a rate row's target in per cent is its growth rate's (规模以上工业增加值增速目标), as 增长9%左右的目标 is
    assert table("指标 单位 完成值 增速(%) 全年目标 完成目标比例(%)", "营业总收入 亿元 612.8 11.3 2600 23.6",
                 "规模以上工业增加值 % — 8.9 9 —", "研发投入强度 % 2.6 — 2.8 —") == [
        ("营业总收入", 612.8, "亿元", None, 11.3, "yoy"),
        ("营业总收入目标", 2600, "亿元", None, None, ""),
        ("营业总收入完成目标比例", 23.6, "%", None, None, ""),
        ("规模以上工业增加值增速", 8.9, "%", None, 8.9, "yoy"),
        ("规模以上工业增加值增速目标", 9, "%", None, 9, "yoy"),
        ("研发投入强度", 2.6, "%", None, None, ""),
        ("研发投入强度目标", 2.8, "%", None, None, ""),  # a level's target, no rate's
    ]
