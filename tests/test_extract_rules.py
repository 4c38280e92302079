"""Extraction rules on short texts written for each rule of the indicator conventions."""

from __future__ import annotations

import pytest

from viewer.core.context import TextContext
from viewer.core.extract import extract_from_text
from viewer.core.numerals import parse_chinese


def rows_of(text: str, **context):
    return extract_from_text(text, **context)


def only(text: str, **context):
    rows = rows_of(text, **context)
    assert len(rows) == 1, [(r.quote, r.indicator) for r in rows]
    return rows[0]


@pytest.mark.parametrize(
    "numeral, value",
    [("三千", 3000), ("十", 10), ("十二", 12), ("两千五百", 2500), ("两千五", 2500), ("一万二", 12000),
     ("二〇二一", 2021), ("三点五", 3.5), ("一亿二千万", 1.2e8), ("三千零五", 3005), ("一百零八", 108)],
)
def test_chinese_numerals(numeral, value):
    assert parse_chinese(numeral) == value


@pytest.mark.parametrize("word", ["长三角", "十二五", "百千", "", "点"])
def test_words_are_not_numerals(word):
    assert parse_chinese(word) is None


def test_level_with_unit_base_value_and_yoy_growth():
    row = only("2021年,该区完成地区生产总值436.29亿元,同比增长6.7%。")
    assert (row.indicator, row.value, row.unit) == ("地区生产总值", 436.29, "亿元")
    assert row.value_base == pytest.approx(4.3629e10) and row.base_unit == "元"
    assert (row.growth_pct, row.growth_kind, row.year) == (6.7, "yoy", 2021)


def test_taiwanese_words_of_growth_attach_to_the_level_as_growth_does():
    rows = rows_of("宁川市货物吞吐量2.1亿吨，年增6.5%。出口额300亿美元，年减12.4%。"
                   "营业收入42亿元、利润5亿元，分别成长3.1%和8.2%。工业产值衰退2.5%。")
    assert [(r.indicator, r.value, r.growth_pct, r.growth_kind) for r in rows] == [
        ("货物吞吐量", 2.1, 6.5, "yoy"), ("出口额", 300, -12.4, "yoy"), ("营业收入", 42, 3.1, "yoy"),
        ("利润", 5, 8.2, "yoy"), ("工业产值增速", -2.5, -2.5, "yoy")]


def test_a_doubling_said_before_the_level_it_reached_is_the_levels_multiple():
    rows = rows_of("江州高新区亩均税收较2019年翻了一番，达到36.5万元/亩。宁川市高新技术企业翻两番，达到320家。")
    assert [(r.indicator, r.value, r.unit, r.growth_pct, r.growth_kind) for r in rows] == [
        ("亩均税收", 36.5, "万元/亩", 1, "multiple"), ("高新技术企业", 320, "家", 3, "multiple")]


def test_decline_is_negative_growth():
    row = only("全年货物进出口总额876.5亿元,比上年下降2.1%。")
    assert row.growth_pct == -2.1 and row.growth_kind == "yoy"


def test_growth_without_percent_sign_still_attaches():
    row = only("固定资产投资完成255.3亿元,同比增长17.7;")
    assert row.growth_pct == 17.7


def test_average_annual_rate_standing_alone_is_its_own_row():
    row = only("服务业收入5年年均增速达10.4%。")
    assert (row.value, row.unit, row.growth_pct, row.growth_kind) == (10.4, "%", 10.4, "avg_annual")
    assert row.indicator == "服务业收入年均增速"


def test_rate_with_no_level_is_a_row_in_percent():
    row = only("全年规模以上工业增加值同比增长7.5%。")
    assert (row.value, row.unit, row.growth_kind) == (7.5, "%", "yoy")
    assert row.indicator.startswith("规模以上工业增加值")


def test_multiple_growth():
    rows = rows_of("高企总数达到333家,较“十二五”末期增长近20倍。")
    assert len(rows) == 1
    assert (rows[0].value, rows[0].growth_pct, rows[0].growth_kind) == (333, 20, "multiple")


@pytest.mark.parametrize(
    "text, value, unit, qualifier",
    [
        ("开展招才引智活动30余次", 30, "次", "over"),
        ("已集聚数字经济企业2500多家", 2500, "家", "over"),
        ("孵化总面积突破30万平方米", 30, "万平方米", "over"),
        ("约占全市经济规模的15%", 15, "%", "approx"),
        ("种植面积120万亩左右", 120, "万亩", "approx"),
        ("研发人员不足300人", 300, "人", "under"),
        ("产值近50亿元", 50, "亿元", "approx"),
        ("占比持续高于80%", 80, "%", "over"),
        ("投资100亿元以上", 100, "亿元", "over"),
        ("新增就业至少2万人", 2, "万人", "over"),
        ("投资不低于100亿元", 100, "亿元", "over"),
        ("单位能耗不高于0.5吨标准煤", 0.5, "吨标准煤", "under"),
        ("覆盖企业最多300家", 300, "家", "under"),
        ("现场集中签约了12个项目", 12, "个", ""),
        ("全年节约了3万吨标准煤", 3, "万吨标准煤", ""),
        ("总投资约为820亿元", 820, "亿元", "approx"),
    ],
)
def test_qualifiers(text, value, unit, qualifier):
    row = only(text)
    assert (row.value, row.unit, row.qualifier) == (value, unit, qualifier)


@pytest.mark.parametrize(
    "text, value, unit, qualifier, base",
    [
        ("高新技术产业增加值已突破百亿元大关", 100, "亿元", "over", 1e10),
        ("出台十余部政策文件", 10, "部", "over", 10),
        ("吸纳就业三千人", 3000, "人", "", 3000),
        ("引进两千多家企业", 2000, "家", "over", 2000),
        ("在校大学生1.2万人", 1.2, "万人", "", 12000),
        ("宁川市获评示范村十几个", 10, "个", "over", 10),  # 十几 is 十余
        ("江州高新区引进博士二十几人", 20, "人", "over", 20),
    ],
)
def test_chinese_and_mixed_numerals(text, value, unit, qualifier, base):
    row = only(text)
    assert (row.value, row.unit, row.qualifier) == (value, unit, qualifier)
    assert row.value_base == pytest.approx(base)


def test_a_digit_in_words_after_its_noun_counts_it():
    rows = rows_of("宁川市新签约超10亿元项目十二个、超50亿元项目三个，围绕两个方面发展四大产业，重点抓好三个。")
    assert [(r.indicator, r.value, r.unit) for r in rows] == [
        ("新签约超10亿元项目", 12, "个"), ("超50亿元项目", 3, "个")]
    assert rows_of("这样的园区全省仅有一个。这是其中一个，就在宁川。") == []  # one singled out, not counted


def test_full_width_digits_keep_offsets_into_the_original():
    text = "地区生产总值４３６．２９亿元，同比增长６．７％。"
    row = only(text)
    assert row.value == 436.29 and row.growth_pct == 6.7
    assert text[row.start:row.end] == row.quote == "４３６．２９亿元"


@pytest.mark.parametrize("text, value", [
    ("营业收入１，２３４．５亿元。", 1234.5), ("新增市场主体4，216户。", 4216), ("新增市场主体４，２１６户。", 4216)])
def test_a_full_width_comma_grouping_digits_is_a_thousands_separator(text, value):
    row = only(text)
    assert row.value == value and text[row.start:row.end] == row.quote


def test_a_full_width_comma_between_numbers_separates_them():
    assert [r.value for r in rows_of("2023年，2024年企业分别为12家，345家。")] == [12, 345]


def test_a_month_end_before_a_name_is_no_part_of_it():
    assert only("截至3月底全区高新技术企业总数达到1023家。").indicator == "高新技术企业总数"


def test_bullet_dashes_are_no_part_of_a_name():
    assert only("——地区生产总值完成685.2亿元。").indicator == "地区生产总值"


def test_rank_moves_listed_after_one_another_are_no_figures():
    assert rows_of("临江高新区、鹿鸣高新区分别排名第46位和第71位，分别前移6位和11位。") == []


def test_accounting_years_are_durations():
    assert rows_of("近3个会计年度未发生重大安全事故。") == []


def test_a_note_on_scope_in_brackets_is_no_part_of_a_name():
    assert only("2023年，旅客总消费（不包括博彩）为808.8亿元。").indicator == "旅客总消费"


def test_transport_turnover_units():
    rows = rows_of("货物运输周转量312.65亿吨公里，增长6.1%。旅客运输周转量58.2亿人公里，下降3.0%。")
    assert [(r.indicator, r.unit, r.base_unit, r.growth_pct) for r in rows] == [
        ("货物运输周转量", "亿吨公里", "吨公里", 6.1), ("旅客运输周转量", "亿人公里", "人公里", -3.0)]


def test_size_classes_and_definitions_are_no_figures():
    rows = rows_of("全市10亿元以上在建项目五十余个。地区生产总值超过20亿元的乡镇有4个。"
                   "[4] 限额以上单位是指年主营业务收入2000万元及以上的批发业。")
    assert [(r.value, r.unit) for r in rows] == [(50, "个"), (4, "个")]


@pytest.mark.parametrize("text, name", [
    ("电力、热力、燃气及水生产和供应业增加值增长5.2%。", "电力、热力、燃气及水生产和供应业增加值增速"),
    ("地区生产总值[1]达到812亿元。", "地区生产总值"), ("在学研究生1.06万人。", "在学研究生"),
    ("已有156家世界500强企业在园区投资。", "世界500强企业"), ("经济总量首次突破3000亿元。", "经济总量"),
    ("春节假期日均接待游客15万至18万人次。", "春节假期日均接待游客"), ("全区又新签约项目23个。", "新签约项目"),
    ("江州高新区还新增企业12家。", "新增企业")])
def test_names_keep_their_listed_parts_and_lose_notes_and_adverbs(text, name):
    assert rows_of(text)[0].indicator == name


def test_shares_written_with_a_slash_after_a_word_of_share_or_size():
    assert [(r.value, r.qualifier) for r in rows_of("保税物流货值占比接近1/3，研发投入超过1/2。发布时间3/12。")] == [
        (33.33, "approx"), (50, "over")]


def test_a_statistical_scope_is_a_definition():
    assert rows_of("[3]规模以上工业企业统计范围为年主营业务收入2000万元及以上的工业法人企业。") == []


def test_money_named_after_it_when_only_a_period_stands_before():
    assert only("每年安排不少于10亿元的人才专项资金。").indicator == "人才专项资金"
    rows = rows_of("企业总收入由6517亿元增长到1.32万亿元，实现翻一番。")
    assert [(r.growth_pct, r.growth_kind) for r in rows] == [(None, ""), (1, "multiple")]

def test_range_gives_lower_and_upper_rows():
    rows = rows_of("预计营业收入将达到8.5亿元至10亿元。")
    assert [(r.value, r.qualifier) for r in rows] == [(8.5, "over"), (10, "under")]
    assert rows[0].indicator == rows[1].indicator == "营业收入"
    shared_unit = rows_of("新增就业岗位3~5万个。")
    assert [(r.value, r.unit) for r in shared_unit] == [(3, "万个"), (5, "万个")]


def test_name_after_a_counted_figure():
    rows = rows_of("集聚15所高校、在校大学生18万人,拥有12个国家科技研发平台。")
    assert [(r.indicator, r.value, r.unit) for r in rows] == [
        ("高校", 15, "所"), ("在校大学生", 18, "万人"), ("国家科技研发平台", 12, "个")]


def test_share_is_named_after_its_owner():
    rows = rows_of("截至2021年年底,高新技术产业增加值已突破百亿元大关,占地区生产总值比重达到24%。")
    assert rows[1].indicator == "高新技术产业增加值占地区生产总值比重"
    assert rows[1].year == 2021


@pytest.mark.parametrize(
    "text",
    [
        "2012年,该区获批成为国家高新区。",  # a year
        "过去十年是净月华丽转身的十年,近3年持续增长。",  # durations
        "在全国排名第18位,位居排名前500。",  # ranks
        "打造四大支柱产业,引进世界500强企业。",  # labels
        "“十二五”末期至今,一企一策。",  # plan names
        "每10万人拥有医生数。",  # a per-capita denominator
        "提升1.2个百分点。",  # a difference in percentage points with no level
        "联系电话:010-88656100 邮编:100045",  # contact data
        "紧扣两个重心,引进一批企业,开展二次创业。",  # small Chinese numerals as words
        "千家万户受益。",  # an idiom
        "周期为12个月。",  # a duration with a measure word
        "发布《2021年度高新区发展报告20条》。",  # inside a book title
    ],
)
def test_not_indicators(text):
    assert rows_of(text) == []


def test_rate_belongs_to_its_figure_not_a_row_of_its_own():
    rows = rows_of("地方财政收入完成14.1亿元,同比增长11%,在四大开发区中增速排名第一。")
    assert len(rows) == 1 and rows[0].growth_pct == 11


def test_year_governs_its_paragraph_and_relative_years_use_the_publish_date():
    text = "2021年,全市经济稳中向好。全年实现营业收入120亿元。\n企业数量达到300家。\n去年新增企业50家。"
    rows = rows_of(text, publish_year=2022)
    years = {r.value: r.year for r in rows}
    assert years[120] == 2021  # the paragraph opens with 2021年,
    assert years[300] == 2021  # another paragraph: the one year the article is about
    assert {r.value: r.year for r in rows_of(text)}[300] is None  # no publish date to tell it from a target
    assert years[50] == 2021  # 去年 from a 2022 publish date


def test_comparison_year_is_not_the_figure_year():
    row = only("营业收入120亿元,比2015年增长50%。")
    assert row.year is None and row.growth_pct == 50


def test_company_subject():
    rows = rows_of("长春净月高新区加快推动企业上市,其中通视光电已完成C轮融资,估值达11.45亿元。")
    assert rows[0].subject == "通视光电"


def test_open_ended_units():
    rows = rows_of("建成智慧课堂120堂,出口粮食300斤,单价2.5万元/平方米,造船5艘。")
    assert [(r.value, r.unit) for r in rows] == [(120, "堂"), (300, "斤"), (2.5, "万元/平方米"), (5, "艘")]
    assert rows[2].base_unit == "元/平方米" and rows[2].value_base == 25000


def test_listed_levels_take_listed_rates_in_order():
    rows = rows_of("全年第一产业增加值321.5亿元、第二产业增加值2100.3亿元和第三产业增加值3010.3亿元，分别增长3.2%、6.1%和5.4%。")
    assert [(r.indicator, r.growth_pct) for r in rows] == [
        ("第一产业增加值", 3.2), ("第二产业增加值", 6.1), ("第三产业增加值", 5.4)]


def test_listed_names_go_to_listed_figures():
    rows = rows_of("出口额和进口额分别为500亿元和300亿元，同比分别增长5%和下降3%。")
    assert [(r.indicator, r.value, r.growth_pct) for r in rows] == [("出口额", 500, 5), ("进口额", 300, -3)]


@pytest.mark.parametrize(
    "text, value, unit, qualifier, base",
    [("营业收入5亿多元", 5, "亿元", "over", 5e8), ("从业人员3万余人", 3, "万人", "over", 3e4),
     ("常住人口1.2万", 1.2, "万", "", 1.2e4), ("年平均气温15.6℃", 15.6, "℃", "", 15.6)],
)
def test_qualifier_inside_the_unit_and_bare_magnitudes(text, value, unit, qualifier, base):
    row = only(text)
    assert (row.value, row.unit, row.qualifier) == (value, unit, qualifier)
    assert row.value_base == pytest.approx(base)


def test_rate_after_a_calculation_note_attaches():
    row = only("全市实现地区生产总值5432.1亿元，按不变价格计算，比上年增长5.6%。")
    assert row.growth_pct == 5.6 and row.growth_kind == "yoy"


def test_sentence_opening_zone_is_the_subject():
    rows = rows_of("长沙市经济平稳。\n苏州工业园区2022年实现进出口总额1088亿美元。", title="长沙市2022年统计公报")
    assert rows[0].subject == "苏州工业园区" and rows[0].year == 2022
    # 青山工业园 is a zone, as 工业园区 and 产业园 are: the subject of its clause, not the zone named before it
    rows = rows_of("江州经开区引进亿元以上项目28个；宁川工业园引进项目16个，总投资近百亿元。")
    assert [r.subject for r in rows] == ["江州经开区", "宁川工业园", "宁川工业园"]


def test_selection_parses_to_the_figure_it_covers():
    from viewer.core.document import Document
    from viewer.core.extract import parse_selection

    text = "2021年,该区完成地区生产总值436.29亿元,同比增长6.7%。在全国排名第18位。"
    document = Document(source="a.txt", text=text)
    at = text.find("436")
    row = parse_selection(document, at, at + 6)
    assert (row.indicator, row.value, row.unit, row.growth_pct, row.start, row.end) == (
        "地区生产总值", 436.29, "亿元", 6.7, at, at + len("436.29亿元"))
    rank_at = text.find("18位")
    rank = parse_selection(document, rank_at, rank_at + 3)  # rejected by the rules, still pre-filled
    assert (rank.value, rank.unit, rank.quote, rank.indicator) == (18, "位", "18位", "")
    assert parse_selection(document, text.find("该区"), text.find("该区") + 2) is None


@pytest.mark.parametrize(
    "text, expected",
    [
        ("营收超亿元企业达到120家，超10亿元企业15家。", [("营收超亿元企业", 120), ("超10亿元企业", 15)]),
        ("新引进亿元以上项目42个，其中10亿元以上项目8个。", [("新引进亿元以上项目", 42), ("10亿元以上项目", 8)]),
        # any noun of firms or projects after the bound, its members counted in digits or in words
        ("宁川市培育超十亿元龙头企业5家、10亿元以上制造业项目五个。",
         [("培育超十亿元龙头企业", 5), ("10亿元以上制造业项目", 5)]),
        ("江州高新区引进年收入超十亿元的龙头企业十余家。", [("引进年收入超十亿元的龙头企业", 10)]),
    ],
)
def test_size_classes_are_labels_not_figures(text, expected):
    assert [(r.indicator, r.value) for r in rows_of(text)] == expected


def test_names_keep_quoted_labels_and_terms():
    rows = rows_of("累计培育国家级专精特新“小巨人”企业23家。其中硕士及以上学历人才超2万人。建成区面积约30平方公里。")
    assert [r.indicator for r in rows] == ["培育国家级专精特新小巨人企业", "硕士及以上学历人才", "建成区面积"]


def test_traditional_characters_read_like_simplified_ones():
    text = "全年實現地區生產總值436.29億元，同比增長6.7%。企業30餘家。"
    rows = rows_of(text)
    assert [(r.value, r.unit, r.qualifier, r.growth_pct) for r in rows] == [(436.29, "亿元", "", 6.7), (30, "家", "over", None)]
    assert [text[r.start:r.end] for r in rows] == ["436.29億元", "30餘家"]
    # names read in simplified characters throughout, so they sort and filter with the rest
    assert [r.indicator for r in rows_of("從業人員超過80萬人，營業收入達到1256億元。")] == ["从业人员", "营业收入"]


def test_spaces_between_number_and_unit_or_words():
    row = only("2021 年，全市实现地区生产总值 1385.6 亿元，同比增长 7.2%。")
    assert (row.value, row.unit, row.growth_pct, row.year, row.quote) == (1385.6, "亿元", 7.2, 2021, "1385.6 亿元")


def test_round_chinese_numbers_with_a_qualifier_and_more_units():
    assert [(r.value, r.unit, r.qualifier) for r in rows_of("吸引近千家企业入驻。")] == [(1000, "家", "approx")]
    assert [(r.value, r.unit) for r in rows_of("集装箱吞吐量120万标箱,研发人员全时当量5000人年。")] == [
        (120, "万标箱"), (5000, "人年")]


def test_labels_of_magnitude_and_company_subjects():
    rows = rows_of("产业集群产值突破1500亿元，成为全国首个千亿级产业集群。中车株机公司累计出口机车超过1000台。")
    assert [(r.value, r.unit) for r in rows] == [(1500, "亿元"), (1000, "台")]
    assert rows[1].subject == "中车株机公司"


def test_new_listings_are_not_a_place():
    rows = rows_of("新增上市企业6家，总数达到21家。", title="株洲高新区2022年发展")
    assert [(r.indicator, r.subject) for r in rows] == [("新增上市企业", "株洲高新区"), ("上市企业总数", "株洲高新区")]


def test_restatements_take_the_name_of_their_figure():
    rows = rows_of("实现规模以上工业总产值1023.6亿元，首次突破千亿元大关。人均GDP达到15.8万元，约合2.3万美元。"
                   "预计全年实现营业收入增长15%以上，达到3000亿元左右。拥有有效发明专利8650件。")
    assert [(r.indicator, r.value, r.qualifier) for r in rows] == [
        ("规模以上工业总产值", 1023.6, ""), ("规模以上工业总产值", 1000, "over"),
        ("人均GDP", 15.8, ""), ("人均GDP", 2.3, "approx"),
        ("营业收入增速", 15, "over"), ("营业收入", 3000, "approx"),
        ("有效发明专利", 8650, ""),
    ]


def test_rate_in_brackets_and_a_share_from_one_year_to_another():
    assert [(r.value, r.growth_pct) for r in rows_of("营业收入500亿元（同比增长10%）。")] == [(500, 10)]
    rows = rows_of("高新区营收占全市的比重由2015年的20%提高到2022年的35%。")
    assert [(r.indicator, r.value, r.year) for r in rows] == [("营收占全市比重", 20, 2015), ("营收占全市比重", 35, 2022)]


def test_national_zones_as_a_whole_are_a_subject():
    rows = rows_of("2021年，169家国家高新区实现营业收入48.5万亿元。", title="2021年国家高新区主要经济指标")
    assert [(r.indicator, r.value, r.unit, r.subject) for r in rows] == [
        ("国家高新区", 169, "家", "国家高新区"), ("营业收入", 48.5, "万亿元", "国家高新区")]


def test_the_noun_after_a_count_ends_before_a_joiner_a_coverage_or_what_is_said_of_it():
    rows = rows_of("宁川市设置6个一级指标以及38个二级指标，实现了12个县区全覆盖。4家高新区营业收入均超过千亿元。")
    assert [(r.indicator, r.value) for r in rows[:3]] == [("一级指标", 6), ("二级指标", 38), ("县区", 12)]
    assert (rows[3].indicator, rows[3].value, rows[3].unit) == ("高新区", 4, "家")


def test_a_count_of_the_places_just_listed_is_no_figure_and_what_they_each_reach_is_none_of_theirs_alone():
    text = "2023年，全省高新区实现营业收入1.2万亿元。江州、宁川、桐宇3家高新区营业收入均超过2000亿元。"
    rows = rows_of(text, title="江东省高新区发展报告")
    assert [(r.indicator, r.value, r.unit, r.subject) for r in rows] == [
        ("营业收入", 1.2, "万亿元", "江东省"), ("营业收入", 2000, "亿元", "江东省")]
    rows = rows_of("江州高新区、宁川高新区和桐宇高新区营业收入均超过2000亿元，引进企业、高校12家。", title="临峰市高新区综述")
    assert [(r.indicator, r.subject) for r in rows][0] == ("营业收入", "临峰市高新区")
    assert rows[1].value == 12


def test_a_bound_places_listed_share_before_their_respective_values_is_none_of_theirs_alone():
    # 南岭县、石门县完成率不足70%，分别为68.2%和65.4%: each place its value; the bound, as with 均, the main subject's
    rows = rows_of("江州市各县区投资完成情况良好，宁山县、桐宇县完成率不足80%，分别为76.5%和72.1%。")
    assert [(r.indicator, r.value, r.qualifier, r.subject) for r in rows] == [
        ("完成率", 80, "under", "江州市"), ("完成率", 76.5, "", "宁山县"), ("完成率", 72.1, "", "桐宇县")]


def test_a_count_closing_its_clause_after_listed_deeds_counts_what_they_did():
    rows = rows_of("2023年，宁川县新建、改扩建幼儿园两所，新增学位600个。")
    assert [(r.value, r.unit) for r in rows] == [(2, "所"), (600, "个")]


def test_the_bounds_of_classes_counted_after_them_are_no_figures():
    rows = rows_of("2020年，宁川市8个县（区）中，常住人口超过50万人的有2个，在30万人至50万人之间的有4个，在30万人以下的有2个。"
                   "全市人口超过5万人的镇有6个。")
    assert [(r.value, r.unit) for r in rows] == [(8, "个"), (2, "个"), (4, "个"), (2, "个"), (6, "个")]
    assert rows[1].indicator == "常住人口超过50万人" and rows[4].indicator == "人口超过5万人的镇"


def test_a_captions_number_is_no_count():
    rows = rows_of("2020年，宁川县家庭户情况如下。\n表2 家庭户规模构成\n附表3 个体经营户\n全县人大代表28名。", publish_year=2021)
    assert [(r.indicator, r.value, r.unit) for r in rows] == [("人大代表", 28, "名")]


def test_short_pairs_after_a_count_stay_whole():
    assert [r.indicator for r in rows_of("产品远销20多个国家和地区。")] == ["国家和地区"]
    assert [r.indicator for r in rows_of("拥有12个国家科技研发平台和研究院所等机构。")] == ["国家科技研发平台"]


def test_what_a_place_has_built_or_set_up_is_named_without_the_verb():
    rows = rows_of("宁川高新区建有院士工作站6家，设有博士后科研工作站11个。")
    assert [r.indicator for r in rows] == ["院士工作站", "博士后科研工作站"]


def test_a_verb_of_falling_to_or_of_becoming_is_no_part_of_the_name():
    rows = rows_of("宁川市细颗粒物平均浓度降至29微克/立方米，单位地区生产总值能耗下降到0.41吨标准煤。"
                   "江州高新区光电产业成为全省首个营业收入超千亿元的单一产业。")
    assert [r.indicator for r in rows] == ["细颗粒物平均浓度", "单位地区生产总值能耗", "营业收入"]


def test_a_verb_of_cutting_down_to_is_no_part_of_the_name():
    rows = rows_of("宁川市将企业开办环节压减至2个，审批事项压缩到12项，申报材料精简至5份。")
    assert [r.indicator for r in rows] == ["企业开办环节", "审批事项", "申报材料"]


def test_things_under_research_keep_their_在():
    rows = rows_of("宁川医药高新区在研一类新药42个。在研发投入上，江州高新区研发经费支出38.5亿元。")
    assert [r.indicator for r in rows] == ["在研一类新药", "研发经费支出"]
    rows = rows_of("宁川市在库规上工业企业达到412家。")
    assert [r.indicator for r in rows] == ["在库规上工业企业"]


def test_a_run_of_years_in_words_names_nothing():
    rows = rows_of("宁川县粮食总产量达到12.6亿斤，连续十二年稳定在12亿斤以上。")
    assert [(r.indicator, r.value) for r in rows] == [("粮食总产量", 12.6), ("粮食总产量", 12)]


def test_a_target_alone_after_a_value_is_the_metrics_target():
    rows = rows_of("宁川市全员劳动生产率达到14.2万元/人，规划目标值为15万元/人以上；森林覆盖率达到41%，目标为43%。")
    assert [r.indicator for r in rows] == ["全员劳动生产率", "全员劳动生产率目标", "森林覆盖率", "森林覆盖率目标"]


def test_share_of_a_target_is_a_completion_rate():
    rows = rows_of("全年新增就业人数1.5万人,完成年度目标的120%。")
    assert [(r.indicator, r.value) for r in rows] == [("新增就业人数", 1.5), ("新增就业人数年度目标完成率", 120)]


def test_a_measure_right_after_a_count_belongs_to_what_was_counted():
    rows = rows_of("集聚各类金融机构达139家、注册资本300亿元。引进重大项目45个，总投资超过600亿元。")
    assert [r.indicator for r in rows] == ["金融机构", "金融机构注册资本", "引进重大项目", "引进重大项目总投资"]
    shares = rows_of("已集聚数字经济企业2500多家,整体产值达到130亿元,约占全市的15%。")
    assert shares[1].indicator == "数字经济整体产值" and shares[2].indicator == "数字经济整体产值占全市比重" and shares[2].subject == ""



def test_beds_machines_or_vehicles_counted_own_no_investment_but_their_output():
    # 设置床位1000张，总投资7.3亿元: the hospital's investment, not the beds'; 产量15.6万辆，产值300亿元: the output's value
    rows = rows_of("宁川市人民医院新院区设置床位800张，总投资6.2亿元。江州市新能源汽车产量12.4万辆，产值260亿元。")
    assert [r.indicator for r in rows][1:] == ["总投资", "新能源汽车产量", "新能源汽车产值"]


def test_counted_things_that_arrive_are_named_with_their_verb():
    assert [r.indicator for r in rows_of("京东等17家企业相继入驻，5个项目开工。")] == ["入驻企业", "开工项目"]
    # the count of those that did it after the verb: the one before is of all of them
    rows = rows_of("江州高新区已有8个项目提前竣工投产，12个项目竣工投产。")
    assert [r.indicator for r in rows] == ["提前竣工投产项目", "竣工投产项目"]
    rows = rows_of("全县42个市重点项目已开工（复工）37个。")
    assert rows[0].indicator == "市重点项目" and rows[0].value == 42


def test_how_counted_things_go_on_is_no_part_of_their_noun():
    rows = rows_of("宁川市北湖片区等86个重大项目加快推进，12个产业项目有序推进，江州高新区9个项目全部开工。")
    assert [r.indicator for r in rows] == ["重大项目", "产业项目", "开工项目"]
    assert rows_of("全市5个加速器投入使用。")[0].indicator == "加速器"  # an accelerator is a thing counted


def test_a_level_restated_with_its_rate_keeps_its_name():
    rows = rows_of("过去一年,全市地区生产总值突破3000亿元,达到3056.8亿元,增长6.2%。")
    assert [(r.indicator, r.value, r.qualifier, r.growth_pct) for r in rows] == [
        ("地区生产总值", 3000, "over", None), ("地区生产总值", 3056.8, "", 6.2)]


def test_the_sum_of_an_amount_after_its_rate_is_the_amounts():
    rows = rows_of("五年来，宁川市税收收入年均增长6.8%，累计完成420亿元。")
    assert [(r.indicator, r.value) for r in rows] == [("税收收入年均增速", 6.8), ("税收收入累计", 420)]


def test_totals_drop_the_words_that_say_what_is_new():
    rows = rows_of("新登记市场主体4.6万户,总数达到38.2万户。净增国家高新技术企业312家,总数达到1568家。"
                   "年内新认定高企586家,累计达到2700家。")
    assert [r.indicator for r in rows] == [
        "新登记市场主体", "市场主体总数", "净增国家高新技术企业", "国家高新技术企业总数", "新认定高企", "高企总数"]
    assert rows[-1].category == "innovation"


def test_a_rate_named_as_a_rise_is_not_named_twice():
    row = only("居民消费价格涨幅3%左右。")
    assert (row.indicator, row.growth_pct, row.qualifier) == ("居民消费价格涨幅", 3, "approx")


def test_a_year_in_brackets_dates_only_the_figure_inside_them():
    rows = rows_of("到2025年，发明专利拥有量达到8件（2020年为3.2件），高新技术企业数量达到1500家以上。")
    assert [(r.value, r.year) for r in rows] == [(8, 2025), (3.2, 2020), (1500, 2025)]


def test_a_time_clause_opening_a_sentence_dates_the_sentences_after_it_in_its_paragraph():
    text = "“十三五”时期，全市发展取得显著成就。2020年，全市地区生产总值达到2856.3亿元。常住人口城镇化率达到63.5%。"
    assert [(r.value, r.year) for r in rows_of(text)] == [(2856.3, 2020), (63.5, 2020)]
    now = rows_of("据介绍，公司成立于2016年，专注于芯片研发。去年，公司实现营业收入6.8亿元。目前公司员工近900人。", publish_year=2023, publish_month=6)
    assert [(r.value, r.year) for r in now] == [(6.8, 2022), (900, None)]


def test_a_year_that_is_a_clause_of_its_own_governs_its_sentence_past_semicolons():
    text = "评价数据显示，2022年，全省实现营业收入2.86万亿元，同比增长9.4%；工业总产值1.92万亿元，增长7.8%；实缴税费1325.7亿元。"
    assert {r.year for r in rows_of(text)} == {2022}
    # after a semicolon too: the year opening that part dates the parts after it
    text = "江州高新区现有新型研发机构86家；2022年，全区技术合同成交额达到216.3亿元；发明专利授权量为455件。"
    assert [(r.value, r.year) for r in rows_of(text)] == [(86, None), (216.3, 2022), (455, 2022)]


def test_a_year_in_the_first_figures_clause_after_a_news_day_dates_its_sentence_past_semicolons():
    # the days of a dateline (宁川1月10日电, 10日发布) are no figures
    text = ("新华社宁川1月10日电 省科技厅10日发布的数据显示，2022年全省18家高新区实现生产总值1.73万亿元；"
            "上缴税费2200亿元，占全省税收收入的13.3%。")
    rows = rows_of(text, publish_year=2024, publish_month=1)
    assert {r.value: r.year for r in rows} == {18: 2022, 1.73: 2022, 2200: 2022, 13.3: 2022}


def test_qizhong_opening_a_paragraph_goes_on_with_the_one_before():
    text = "2022年，全省实现营业收入2.86万亿元。\n其中，东川高新区营业收入突破1.2万亿元。"
    assert [r.year for r in rows_of(text, title="2023年度评价结果出炉")] == [2022, 2022]


def test_an_interview_answer_is_dated_by_the_time_phrase_after_it():
    rows = rows_of("问：园区发展如何？\n答：2023年，园区发展势头良好。高新技术企业达到2100家。\n问：下一步？\n答：2022年以前不多。",
                   publish_year=2024, publish_month=4)
    assert [(r.value, r.year) for r in rows] == [(2100, 2023)]


def test_a_relative_year_before_a_base_value_dates_only_that_value():
    text = "2024年一季度，保税物流货值占比由上年同期的28%提升至35%；转口贸易额5.2亿元。"
    rows = rows_of(text, publish_year=2024, publish_month=4)
    assert [(r.indicator, r.value, r.year) for r in rows] == [
        ("保税物流货值占比", 28, 2023), ("保税物流货值占比", 35, 2024), ("转口贸易额", 5.2, 2024)]


def test_a_reporter_lead_in_before_a_relative_time_clause():
    rows = rows_of("记者了解到，今年以来，全市新签约项目86个。实际到位内资142.8亿元。", publish_year=2024, publish_month=4)
    assert [(r.value, r.year) for r in rows] == [(86, 2024), (142.8, 2024)]


@pytest.mark.parametrize("title, year", [
    ("2023年全省科技创新主要指标稳步提升", 2023), ("潍坊高新区一季度经济运行情况", 2024), ("今年上半年我市经济稳中向好", 2024),
    ("2012年以来我市创新发展综述", None), ("我市创新发展综述", None)])
def test_a_headline_names_the_year_of_the_figures_nothing_else_dates(title, year):
    row = only("全省高新技术企业数量达到15236家。", title=title, publish_year=2024, publish_month=4)
    assert row.year == year


def test_the_one_year_an_article_opens_with_dates_its_later_paragraphs():
    text = "初冬时节，走进青山县。\n2023年，青山县实现地区生产总值286.5亿元。\n粮食生产再获丰收。全县粮食播种面积112.6万亩。"
    assert [r.year for r in rows_of(text, publish_year=2024, publish_month=1)] == [2023, 2023]
    later = "人才是创新的根基。\n全区人才总量达到24.6万人。\n二、人才服务持续优化\n2022年，兑现人才政策资金3.2亿元。\n累计筹集人才住房近1万套。"
    assert [r.year for r in rows_of(later, publish_year=2023, publish_month=6)] == [None, 2022, None]
    two_years = "2022年，实现地区生产总值200亿元。\n2023年，实现地区生产总值210亿元。\n全县粮食播种面积112.6万亩。"
    assert [r.year for r in rows_of(two_years, publish_year=2024, publish_month=1)] == [2022, 2023, None]


def test_a_plan_dates_its_undated_figures_with_the_year_it_aims_at():
    text = "——经济发展取得新成效。到2025年，全市地区生产总值突破4000亿元。\n——生态文明建设实现新进步。森林覆盖率达到45.2%。"
    assert [r.year for r in rows_of(text, title="云州市国民经济和社会发展第十四个五年规划纲要",
                                    publish_year=2021, publish_month=3)] == [2025, 2025]
    assert [r.year for r in rows_of(text, title="云州市发展综述", publish_year=2021, publish_month=3)] == [2025, None]


def test_a_work_reports_title_year_is_the_year_it_was_given_in_not_that_of_its_figures():
    title = "2024年宁川市政府工作报告"
    assert only("过去一年，全市地区生产总值达到4286.5亿元。", title=title).year == 2023
    rows = rows_of("全市常住人口城镇化率由58.2%提高到64.7%。", title=title, publish_year=2024, publish_month=1)
    assert [r.year for r in rows] == [None, None]


def test_this_year_opening_an_article_that_names_another_year_leaves_it_no_one_year():
    text = ("初冬时节，江州高新区一片火热。今年前三季度，江州高新区完成技工贸总收入2380亿元。\n"
            "江州电机是园区的龙头企业。2020年，江州电机实现营业收入411亿元。\n"
            "“我们的牵引系统国内市场占有率保持在50%以上。”公司负责人介绍。")
    rows = rows_of(text, publish_year=2021, publish_month=11)
    assert [r.year for r in rows] == [2021, 2020, None]  # not 2020, a year another paragraph names
    lead = "3月中旬，记者走进江州高新区。2023年，江州高新区实现规模以上工业产值2186亿元。\n园区集聚储能企业120余家。"
    assert [r.year for r in rows_of(lead, publish_year=2024, publish_month=3)] == [2023, 2023]  # a visit's month


def test_a_quotes_sentences_take_the_year_the_quote_states_and_it_stays_in_the_quote():
    text = ("2023年，园区营业收入150亿元。“今年上半年，我们的订单同比增长了35%。新签订单12亿元。”王立新介绍。新增项目20个。\n"
            "李明说：“2022年园区营业收入120亿元。新增企业58家。”新增项目16个。\n2021年，全区实现营业收入100亿元。")
    rows = rows_of(text, publish_year=2024, publish_month=6)
    assert {r.value: r.year for r in rows} == {150: 2023, 35: 2024, 12: 2024, 20: 2023, 120: 2022, 58: 2022, 16: None,
                                              100: 2021}


def test_a_review_of_years_has_no_article_year():
    text = ("十年来，地区生产总值由2012年的1000.6亿元增长到2021年的2400.8亿元，2021年研发投入强度达到5.1%。\n"
            "据悉，东湖高新区现有国家级创新平台120个。")
    assert [r.year for r in rows_of(text, publish_year=2022, publish_month=8)] == [2012, 2021, 2021, None]


@pytest.mark.parametrize("opening", ["开放型经济保持领先。全年", "开放型经济保持领先，全年", "全年"])
def test_whole_year_opening_a_paragraph_before_its_figures_dates_the_paragraph(opening):
    text = (f"2023年，全市地区生产总值1150.8亿元。\n{opening}实际利用外资18.2亿美元。江州高新区进出口总额达到738.6亿美元。\n"
            "2024年主要预期目标是：地区生产总值增长6%左右。\n2022年，全市地区生产总值1080亿元。\n园区新增企业30家。")
    rows = rows_of(text, title="宁川市政府工作报告", publish_year=2024, publish_month=1)
    assert [r.year for r in rows] == [2023, 2023, 2023, 2024, 2022, None]


def test_whole_year_after_an_aim_is_the_year_the_article_came_out_in():
    row = only("市商务局负责人表示，力争全年新签约亿元以上项目200个以上。", publish_year=2024, publish_month=1)
    assert row.year == 2024


def test_relative_years_opening_a_paragraph_govern_it():
    text = "过去一年,全市经济稳中向好。实现营业收入120亿元。\n今年,预计实现营业收入130亿元。\n企业数量达到300家。"
    years = {r.value: r.year for r in rows_of(text, publish_year=2024)}
    assert years == {120: 2023, 130: 2024, 300: None}
    assert {r.year for r in rows_of(text)} == {None}  # no publish date: no year to resolve them from


@pytest.mark.parametrize("opening", ["过去的一年", "刚刚过去的一年", "过去的一年里"])
def test_the_year_gone_by_written_with_de_is_the_year_before_the_report(opening):
    text = f"{opening}，是宁川市发展不平凡的一年。全市实现地区生产总值1150.8亿元，比上年增长8.5%。\n2008年，…\n2009年，…"
    assert only(text, title="宁川市政府工作报告", publish_year=2008, publish_month=1).year == 2007


def test_changes_after_a_balance_are_named_and_the_rate_goes_to_the_balance():
    rows = rows_of("年末存款余额612.4亿元,比年初增加58.7亿元,增长10.6%。其中,住户存款余额468.2亿元,增加52.1亿元。")
    assert [(r.indicator, r.value, r.growth_pct) for r in rows] == [
        ("存款余额", 612.4, 10.6), ("存款余额增加", 58.7, None),
        ("住户存款余额", 468.2, None), ("住户存款余额增加", 52.1, None)]


def test_the_rate_after_a_change_goes_to_a_level_written_in_ten_thousands():
    rows = rows_of("江州高新区研发人员2.46万人，比上年增加1830人，增长8.0%。")
    assert [(r.value, r.unit, r.growth_pct) for r in rows] == [(2.46, "万人", 8.0), (1830, "人", None)]


def test_a_balance_keeps_its_rate_past_a_change_said_with_新增():
    rows = rows_of("全市贷款余额935.2亿元，比年初新增76.4亿元，增长8.9%。")
    assert [(r.value, r.growth_pct) for r in rows] == [(935.2, 8.9), (76.4, None)]


@pytest.mark.parametrize("span", ["“十三五”时期", "“十五”期间", "十五期间", "“十四五”以来"])
def test_a_rate_over_a_plan_period_is_attached_to_its_level(span):
    row = only(f"2020年，全市地区生产总值达到2856.3亿元，{span}年均增长6.8%。")
    assert (row.value, row.growth_pct, row.growth_kind) == (2856.3, 6.8, "avg_annual")


@pytest.mark.parametrize("span", ["“十三五”期间", "“十四五”以来", "十五时期"])
def test_a_plan_period_before_a_rate_of_its_own_is_no_part_of_its_name(span):
    rows = rows_of(f"2020年，全市地区生产总值5502.7亿元，{span}一般公共预算收入年均增长7.6%。")
    assert [(r.indicator, r.growth_kind) for r in rows] == [("地区生产总值", ""), ("一般公共预算收入年均增速", "avg_annual")]


def test_a_rate_over_a_range_of_years_is_attached_to_its_level():
    row = only("2023年宁川市地区生产总值达到1862.4亿元，2021—2023年年均增长7.2%。")
    assert (row.value, row.growth_pct, row.growth_kind) == (1862.4, 7.2, "avg_annual")


@pytest.mark.parametrize("text, name, kind", [
    ("全年经济保持6%左右的增长。", "经济增速", "yoy"), ("地区生产总值年均实现8%的增长。", "地区生产总值年均增速", "avg_annual"),
    ("长三角有望继续保持5%的增长。", "长三角增速", "yoy"),
    ("江州高新区营业收入以12.5%的增速位居全省第一。", "营业收入增速", "yoy"),
    ("江州高新区以年均9.6%的增速领跑全省。", "年均增速", "avg_annual")])
def test_a_rate_named_by_the_growth_after_it(text, name, kind):
    row = only(text)
    assert (row.indicator, row.growth_pct, row.growth_kind) == (name, row.value, kind)


def test_rates_listed_after_the_places_they_lead_by_are_the_places():
    rows = rows_of("苏州、无锡分别以8.2%和7.5%的增速领跑全省。江州市营业收入增长12%，东阳市、南平市分别增长9%和8%。")
    assert [(r.indicator, r.growth_pct, r.subject) for r in rows] == [
        ("增速", 8.2, "苏州"), ("增速", 7.5, "无锡"), ("营业收入增速", 12, "江州市"), ("营业收入增速", 9, "东阳市"),
        ("营业收入增速", 8, "南平市")]


@pytest.mark.parametrize("text, growth", [
    ("出口额50亿元，同比下跌4.1%。", -4.1), ("地区生产总值500亿元，实际增长5.1%。", 5.1),
    ("本地生产总值3794.8亿澳门元，按年实质上升80.5%。", 80.5), ("居民人均可支配收入4万元，扣除价格因素实际增长6.0%。", 6.0)])
def test_falls_and_real_growth_are_rates_of_their_level(text, growth):
    assert only(text).growth_pct == growth


def test_an_increase_grouped_by_commas_is_an_amount_not_a_rate():
    rows = rows_of("年末总人口为683,700人，较2022年底增加11,900人。")
    assert [(r.indicator, r.value, r.growth_pct) for r in rows] == [("总人口", 683700, None), ("总人口增加", 11900, None)]


def test_a_recovery_to_a_base_years_level_is_named_and_dated_as_its_own_year():
    rows = rows_of("2023年入境旅客2821.3万人次，恢复至2019年的71.6%。")
    assert [(r.indicator, r.year) for r in rows] == [("入境旅客", 2023), ("入境旅客恢复率", 2023)]


def test_a_data_card_names_its_figure_on_the_line_below_and_gives_it_the_rate_below_that():
    rows = rows_of("今年以来，滨江区经济稳中向好。\n1086.5亿元\n规上工业总产值\n同比增长9.3%\n前4月，全区营收395.7亿元。")
    assert [(r.indicator, r.value, r.growth_pct) for r in rows] == [
        ("规上工业总产值", 1086.5, 9.3), ("营收", 395.7, None)]


def test_an_arrow_before_a_rate_is_its_rise_or_fall_and_the_rate_is_the_cards_figures():
    # 1086.5亿元 / 规上工业总产值 / ↑9.3%: the arrow says what 同比增长 says, on a card or after a level on its line
    rows = rows_of("2023年，江州高新区经济稳中向好。\n1086.5亿元\n规上工业总产值\n↑9.3%\n"
                   "一般公共预算收入\n42.6亿元\n▼2.1%\n进出口总额 96亿元 ↓3.5%")
    assert [(r.indicator, r.value, r.growth_pct, r.growth_kind) for r in rows] == [
        ("规上工业总产值", 1086.5, 9.3, "yoy"), ("一般公共预算收入", 42.6, -2.1, "yoy"), ("进出口总额", 96, -3.5, "yoy")]


def test_a_pictograph_between_a_level_and_its_rate_is_read_past():
    rows = rows_of("2023年，宁川市地区生产总值达866.3亿元🔥，同比增长5.2%；外贸进出口总额361.5亿元✨✨ 增长3.1%。")
    assert [(r.indicator, r.value, r.growth_pct) for r in rows] == [("地区生产总值", 866.3, 5.2), ("外贸进出口总额", 361.5, 3.1)]


def test_a_label_a_space_before_its_rate_names_the_rate_and_is_no_heading():
    # 固定资产投资 同比增长14.8% in a list of 营业收入 156亿元 同比增长11.2%: the label is the metric, not a heading
    rows = rows_of("2023年，江州高新区主要指标如下。\n营业收入 156亿元 同比增长11.2%\n固定资产投资 同比增长14.8%\n"
                   "税收收入 同比下降1.9%")
    assert [(r.indicator, r.value, r.growth_pct) for r in rows] == [
        ("营业收入", 156, 11.2), ("固定资产投资增速", 14.8, 14.8), ("税收收入增速", -1.9, -1.9)]


@pytest.mark.parametrize("text, growth, kind", [
    ("转口贸易额5.2亿元，同比下降-8.3%。", -8.3, "yoy"), ("营业收入215.4亿元，同比持平。", 0, "yoy"),
    ("保税维修货值6.3亿元，与去年同期持平。", 0, "yoy"), ("产值120亿元，同比增长两倍。", 2, "multiple")])
def test_double_signs_flat_rates_and_multiples_in_chinese(text, growth, kind):
    row = only(text)
    assert (row.growth_pct, row.growth_kind) == (growth, kind)


@pytest.mark.parametrize("text, value, unit", [("集聚企业上百家。", 100, "家"), ("带动就业上千人。", 1000, "人"),
                                               ("接待游客万余人次。", 1, "万人次")])
def test_round_hundreds_and_thousands(text, value, unit):
    row = only(text)
    assert (row.value, row.unit, row.qualifier) == (value, unit, "over")


def test_a_rate_after_a_base_year_value_goes_to_the_level_before_it():
    rows = rows_of("居民人均可支配收入2023年达到57935元，2020年为48260元，年均增长6.3%。")
    assert [(r.value, r.year, r.growth_pct, r.growth_kind) for r in rows] == [
        (57935, 2023, 6.3, "avg_annual"), (48260, 2020, None, "")]


def test_a_new_amount_written_after_its_noun_is_named_as_new():
    assert only("孵化面积新增30万平方米。").indicator == "新增孵化面积"


def test_a_brand_name_opening_a_clause_is_a_company_subject():
    rows = rows_of("康弘药业研发投入占营业收入比重达15.2%，通威股份实现营业收入1391亿元。生物医药营业收入突破1000亿元。",
                   title="成都高新区新闻")
    assert [(r.indicator, r.subject) for r in rows] == [
        ("研发投入占营业收入比重", "康弘药业"), ("营业收入", "通威股份"), ("生物医药营业收入", "成都高新区")]


def test_sub_zones_named_with_pianqu_are_subjects_but_parts_of_a_zone_are_not():
    rows = rows_of("上海自贸试验区实现外贸进出口总额2.2万亿元。临港新片区实现规上工业总产值3500亿元。核心片区新增企业500家。",
                   title="上海自贸试验区建设成效")
    assert [r.subject for r in rows] == ["上海自贸试验区", "临港新片区", "上海自贸试验区"]


def test_works_on_kinds_of_district_are_not_places():
    rows = rows_of("到2025年，累计完成棚户区改造4.2万套。", title="云州市规划纲要")
    assert [(r.indicator, r.subject) for r in rows] == [("棚户区改造", "云州市")]
    assert only("2020年，洪山区实现地区生产总值987.6亿元。").subject == "洪山区"


def test_a_one_character_county_publisher_is_the_place_of_its_whole_county_figures():
    assert only("全县实现地区生产总值286.5亿元。", publisher="泗县统计局").subject == "泗县"
    assert only("全县实现地区生产总值286.5亿元。", publisher="县统计局").subject == ""


def test_a_survey_team_of_the_national_bureau_names_the_place_it_surveys():
    title = "国家统计局宁川调查队关于2023年粮食产量数据的公告"
    assert only("2023年全市粮食播种面积为286.4万亩。", title=title).subject == "宁川市"
    assert only("2023年全县粮食播种面积为86.4万亩。", title=title).subject == "宁川县"
    assert only("全市粮食总产量112.6万吨。", publisher="国家统计局宁川调查队").subject == "宁川市"
    assert only("全省粮食总产量3112.6万吨。", publisher="国家统计局江东调查总队").subject == "江东省"


def test_a_provincial_capital_is_named_without_the_word_for_it():
    row = only("分地区看，省会江州市R&D经费投入强度达到3.46%。", title="江南省科技创新")
    assert row.subject == "江州市"


def test_provinces_and_cities_written_without_their_suffix_are_subjects_where_a_measure_follows():
    rows = rows_of("上海、苏州、杭州地区生产总值分别为47218.7亿元、24653.4亿元和20059亿元。苏州规模以上工业总产值达4.4万亿元。",
                   title="长三角城市观察")
    assert [(r.indicator, r.subject) for r in rows] == [
        ("地区生产总值", "上海"), ("地区生产总值", "苏州"), ("地区生产总值", "杭州"), ("规模以上工业总产值", "苏州")]
    others = rows_of("上海光源、蛋白质设施等10个大科学设施相继建成。赴上海、杭州等地开展招才引智活动30余次。", title="张江科学城综述")
    assert {r.subject for r in others} == {"张江科学城"}


def test_a_count_of_places_is_no_place_but_a_regions_count_is_the_regions_members():
    assert only("三省一市实现地区生产总值30.5万亿元。", title="区域经济观察").subject == ""
    assert only("长三角三省一市实现地区生产总值30.5万亿元。", title="区域经济观察").subject == "长三角三省一市"
    assert only("赴长三角、粤港澳大湾区、京津冀等地开展招商推介活动42场次。", title="金沙湾高新区招商").subject == "金沙湾高新区"


def test_the_publishers_province_is_the_subject_of_its_national_zones_as_a_whole():
    text = "2022年，全省国家高新区实现营业收入2.86万亿元。"
    assert only(text, title="国家高新区综合评价结果出炉", publisher="东川省科学技术厅").subject == "东川省"
    assert only(text, title="国家高新区综合评价结果出炉").subject == "国家高新区"


def test_a_science_park_is_a_place_and_a_verb_makes_no_place_name():
    row = only("2023年，星海科技园入选省级孵化器5家。", title="星海科技园孵化成效")
    assert row.subject == "星海科技园"
    assert only("全区企业入选省专精特新名单52家。", title="东湖高新区新闻").subject == "东湖高新区"


def test_an_energy_and_chemical_base_is_a_place_but_a_base_being_built_is_not():
    row = only("前三季度，宁川能源化工基地实现工业总产值860亿元，同比增长12%。")
    assert (row.indicator, row.subject) == ("工业总产值", "宁川能源化工基地")
    rows = rows_of("2023年，宁川市加快建设现代煤化工基地，全市实现工业总产值860亿元。新能源汽车生产基地年产整车20万辆。")
    assert [r.subject for r in rows] == ["宁川市", "宁川市"]


def test_macao_and_hong_kong_are_subjects():
    text = "2023年澳门本地生产总值为3794.8亿澳门元。邻近地区方面，香港特区政府统计处同日公布，香港2023年本地生产总值为29780亿港元。"
    rows = rows_of(text, title="澳门经济运行情况")
    assert [(r.indicator, r.subject) for r in rows] == [("本地生产总值", "澳门"), ("本地生产总值", "香港")]


def test_a_company_introduced_with_two_short_names_is_the_subject_of_what_it_reports():
    text = ("3月27日晚，北辰智联科技股份有限公司（股票代码：688315，以下简称“北辰智联”或“公司”）发布年度报告。"
            "2023年，公司实现营业收入52.36亿元。公司将力争实现营业收入60亿元以上。")
    assert [r.subject for r in rows_of(text, title="公司年报")] == ["北辰智联", "北辰智联"]


def test_towns_and_villages_are_subjects_of_their_own_figures_but_not_of_the_article():
    text = "2023年，丰禾县桃源镇粮食播种面积8.6万亩。青石村村集体经济收入达到126万元。桃源镇现有合作社126家。\n全县户籍人口52.3万人。"
    rows = rows_of(text, title="乡村振兴见闻")
    assert [r.subject for r in rows] == ["桃源镇", "青石村", "桃源镇", "丰禾县"]
    assert {r.subject for r in rows_of("全县建成省级美丽乡村示范村46个。", title="清源县乡村振兴")} == {"清源县"}
    assert only("合肥高新区深入实施人才强区战略，出台人才政策十余项。", title="人才").subject == "合肥高新区"


def test_offices_slogans_and_words_before_a_place_make_no_subject():
    title = "2023年梅岭县国民经济和社会发展统计公报"
    assert only("经汀阳市统计局统一核算，全年全县地区生产总值318.27亿元。", title=title).subject == "梅岭县"
    assert only("规模以上工业企业每百元营业收入中的成本为85.62元。", title=title).subject == "梅岭县"
    assert only("聚焦“产业强区、项目兴区”，全区实现营收120亿元。", title="宿迁经济技术开发区").subject == "宿迁经济技术开发区"
    assert only("落户成都高新区的世界500强企业达到138家。", title="投资").subject == "成都高新区"


def test_industries_and_level_words_are_no_subjects_and_companies_investing_are():
    title = "青州经济技术开发区"
    assert only("2023年全区园区企业总营收首次超千亿元。", title=title).subject == title
    assert only("（其中高技术制造业产值128.7亿元）", title=title).subject == title
    assert only("德国博途精密机械公司追加投资2亿欧元。", title=title).subject == "德国博途精密机械公司"


def test_a_month_range_in_a_title_is_no_part_of_the_place():
    assert only("规模以上工业总产值862.45亿元。", title="2023年1-11月份云湖高新区经济运行情况").subject == "云湖高新区"


def test_levels_of_platforms_and_the_role_of_a_zone_make_no_subject():
    rows = rows_of("其中国家级研发平台138个、省级研发平台870个。", title="西安高新区创新")
    assert [(r.indicator, r.subject) for r in rows] == [("国家级研发平台", "西安高新区"), ("省级研发平台", "西安高新区")]
    assert only("作为襄阳高新区的首位产业，新能源汽车产业实现产值1120亿元。", title="产业").subject == "襄阳高新区"
    assert only("分市看，楚州市城镇居民人均可支配收入达到62530元。", title="楚南省统计公报").subject == "楚州市"


def test_a_legal_name_opening_a_sentence_is_a_company_that_gai_gongsi_points_back_to():
    text = "本源量子计算科技(合肥)股份有限公司表现亮眼。该公司2023年实现营业收入7.2亿元。"
    assert only(text, title="合肥高新区").subject == "本源量子计算科技(合肥)股份有限公司"


def test_kinds_of_company_are_not_company_subjects():
    rows = rows_of("瞪羚企业520家,上市公司累计达到61家。中车株机公司累计出口机车300台。", title="东湖高新区新闻")
    assert [(r.indicator, r.subject) for r in rows] == [
        ("瞪羚企业", "东湖高新区"), ("上市公司", "东湖高新区"), ("出口机车", "中车株机公司")]


def test_platforms_laid_out_are_named_without_their_owner():
    row = only("光谷科技创新大走廊已布局国家级创新平台近百家。")
    assert (row.indicator, row.value, row.qualifier) == ("国家级创新平台", 100, "approx")


@pytest.mark.parametrize("comparison", ["较去年同期", "比上年末", "比年初", "同比"])
def test_comparisons_with_the_year_before_are_year_on_year(comparison):
    row = only(f"市场主体总量30万户,{comparison}增长15.6%。")
    assert (row.growth_pct, row.growth_kind) == (15.6, "yoy")


def test_people_counted_have_no_revenue_of_their_own():
    rows = rows_of("从业人员超过80万人，营业收入达到1256亿元。")
    assert [r.indicator for r in rows] == ["从业人员", "营业收入"]


def test_average_annual_growth_is_named_once():
    rows = rows_of("营业收入年均增长10%以上，到2025年突破1.5万亿元。")
    assert [(r.indicator, r.growth_kind, r.year) for r in rows] == [
        ("营业收入年均增速", "avg_annual", None), ("营业收入", "", 2025)]


def test_a_kind_of_enterprise_is_part_of_the_name_not_the_subject():
    row = only("其中独角兽企业估值合计约2000亿美元。", title="中关村科学城2022年发展报告")
    assert (row.indicator, row.subject, row.year) == ("独角兽企业估值", "中关村科学城", 2022)


def test_a_date_after_a_count_names_nothing():
    assert only("高新区新增上市企业5家2023-12-20").indicator == "新增上市企业"


def test_lists_written_short_are_completed_from_their_last_name():
    rows = rows_of("第一、二、三产业增加值占地区生产总值的比重分别为7.8%、38.0%和54.2%。")
    assert [r.indicator for r in rows] == [f"第{n}产业增加值占地区生产总值比重" for n in "一二三"]
    rows = rows_of("城镇、农村居民人均可支配收入分别为42108元和21385元。工业和建筑业增加值分别为100亿元和50亿元。")
    assert [r.indicator for r in rows] == ["城镇居民人均可支配收入", "农村居民人均可支配收入", "工业增加值", "建筑业增加值"]


def test_listed_names_raised_to_figures_per_unit_keep_their_units():
    rows = rows_of("城市、农村低保标准分别提高到每人每月860元和每人每年8400元。")
    assert [(r.indicator, r.value) for r in rows] == [("城市低保标准每人每月", 860), ("农村低保标准每人每年", 8400)]


def test_figures_listed_after_a_first_one_are_not_named_by_the_conjunction():
    rows = rows_of("两个假期接待游客分别为63.2万人次和81.5万人次。高新技术企业占全省比重分别为34.3%、14.3%和10.8%。")
    assert [r.indicator for r in rows] == ["两个假期接待游客"] * 2 + ["高新技术企业占全省比重"] * 3


def test_places_listed_alone_share_the_metric_named_before_them():
    rows = rows_of("江州市R&D经费投入强度达到3.46%，东阳市、南平市分别为2.85%和2.12%。")
    assert [(r.indicator, r.subject) for r in rows] == [
        ("R&D经费投入强度", "江州市"), ("R&D经费投入强度", "东阳市"), ("R&D经费投入强度", "南平市")]


def test_places_listed_before_their_shared_metric_each_take_it():
    rows = rows_of("城关镇、石桥镇、白沙乡粮食产量分别为1.86万吨、2.34万吨和1.52万吨。", title="青溪县统计公报")
    assert [(r.indicator, r.subject) for r in rows] == [
        ("粮食产量", "城关镇"), ("粮食产量", "石桥镇"), ("粮食产量", "白沙乡")]


@pytest.mark.parametrize("places, subjects", [
    ("江州市、宁川市、平阳县的", ["江州市", "宁川市", "平阳县"]),
    ("苏州、无锡、常州的", ["苏州", "无锡", "常州"]),  # cities known by name, without their 市
    ("苏州、无锡、常州", ["苏州", "无锡", "常州"]),
])
def test_places_listed_before_the_of_their_shared_metric_each_take_it(places, subjects):
    rows = rows_of(f"{places}高新技术企业数量分别为120家、95家和80家。")
    assert [(r.indicator, r.subject) for r in rows] == [("高新技术企业数量", subject) for subject in subjects]


def test_parts_listed_with_the_measure_they_reach_each_take_it():
    rows = rows_of("装备制造、新能源新材料、电子信息产业分别实现产值386亿元、245亿元和168亿元。")
    assert [r.indicator for r in rows] == ["装备制造产值", "新能源新材料产值", "电子信息产业产值"]


def test_listed_metrics_with_listed_rates():
    rows = rows_of("装备制造业、高技术制造业增加值分别增长8.1%和10.2%。出口和进口分别下降3.2%和1.5%。")
    assert [(r.indicator, r.value, r.growth_pct, r.growth_kind) for r in rows] == [
        ("装备制造业增加值增速", 8.1, 8.1, "yoy"), ("高技术制造业增加值增速", 10.2, 10.2, "yoy"),
        ("出口增速", -3.2, -3.2, "yoy"), ("进口增速", -1.5, -1.5, "yoy")]


def test_a_share_written_as_equivalent_to():
    rows = rows_of("全年R&D经费支出1632.4亿元，增长9.8%，相当于地区生产总值的2.80%。")
    assert [r.indicator for r in rows] == ["R&D经费支出", "R&D经费支出占地区生产总值比重"]


@pytest.mark.parametrize(
    "text, name, kind",
    [("规模以上工业增加值两年平均增长5.1%。", "规模以上工业增加值年均增速", "avg_annual"),
     ("服务业增加值三年年均增长7.2%。", "服务业增加值年均增速", "avg_annual"),
     ("营业收入比2019年增长20%。", "营业收入增速", "vs_base"),
     ("营收较“十二五”末期增长50%。", "营收增速", "vs_base")],
)
def test_rates_over_several_years_or_against_a_base_year(text, name, kind):
    row = only(text)
    assert (row.indicator, row.growth_kind) == (name, kind)


def test_an_average_rate_after_a_level_attaches_to_it():
    row = only("全年实现营收320亿元，两年平均增长8.3%。")
    assert (row.indicator, row.value, row.growth_pct, row.growth_kind) == ("营收", 320, 8.3, "avg_annual")


def test_a_level_given_for_its_starting_year_takes_that_year():
    rows = rows_of("地区生产总值从2018年的3200亿元增加到2023年的4500亿元，年均增长6.5%。自2015年以来累计引进企业300家。")
    assert [(r.value, r.year) for r in rows] == [(3200, 2018), (4500, 2023), (300, None)]


def test_verbs_that_say_which_things_were_counted_stay_in_the_name():
    rows = rows_of("引进培育实体企业70余家，新建学校12所，实现营业收入300亿元。先后建成各类科技企业孵化器(众创空间)33个。")
    assert [r.indicator for r in rows] == ["引进培育实体企业", "新建学校", "营业收入", "科技企业孵化器"]
    rows = rows_of("江州高新区累计引进和培育各类人才5.6万人，引进和培育企业120家。")
    assert [r.indicator for r in rows] == ["引进和培育人才", "引进和培育企业"]
    assert only("长发智慧城市产业基地(一期)10万平方米。").indicator == "长发智慧城市产业基地(一期)面积"


def test_a_comparison_with_a_base_year_between_a_level_and_its_rate():
    rows = rows_of("2021年，全区实现地区生产总值665.3亿元，是2012年的2.6倍，年均增长11.2%；一般公共预算收入达到52.6亿元。")
    assert [(r.indicator, r.value, r.year, r.growth_pct, r.growth_kind) for r in rows] == [
        ("地区生产总值", 665.3, 2021, 11.2, "avg_annual"), ("一般公共预算收入", 52.6, 2021, None, "")]


def test_a_multiple_with_more_and_a_move_in_a_ranking():
    rows = rows_of("高新技术企业由58家增长到486家，增长了7倍多。综合排名位列第26位，较2012年提升18个位次。")
    assert [(r.indicator, r.value, r.unit, r.growth_pct, r.growth_kind) for r in rows] == [
        ("高新技术企业", 58, "家", None, ""), ("高新技术企业", 486, "家", 7, "multiple")]
    standalone = only("营收增长了7倍多。")
    assert (standalone.value, standalone.qualifier, standalone.quote) == (7, "over", "7倍多")


def test_a_part_named_by_its_level_and_a_company_opening_a_sentence():
    rows = rows_of("拥有省级以上研发平台280个，其中国家级28个。其中，歌尔股份2021年实现营业收入782.5亿元。", title="潍坊高新区")
    assert [(r.indicator, r.subject) for r in rows] == [
        ("省级以上研发平台", "潍坊高新区"), ("国家级研发平台", "潍坊高新区"), ("营业收入", "歌尔股份")]


def test_zones_opening_clauses_are_the_subjects_of_their_figures():
    rows = rows_of("其中，中关村科技园区营业收入8.7万亿元，张江高新区2.6万亿元，深圳高新区1.9万亿元。"
                   "武汉东湖高新区GDP达到2602亿元；成都高新区GDP为3000.9亿元。", title="2022年国家高新区发展情况")
    assert [(r.indicator, r.subject, r.year) for r in rows] == [
        ("营业收入", "中关村科技园区", 2022), ("营业收入", "张江高新区", 2022), ("营业收入", "深圳高新区", 2022),
        ("GDP", "武汉东湖高新区", 2022), ("GDP", "成都高新区", 2022)]


def test_percentages_written_out():
    rows = rows_of("园区企业总数达到三千二百家，比上年增长百分之六点七。规模以上工业增加值增长百分之八点五。失业率控制在百分之五以内。")
    assert [(r.indicator, r.value, r.unit, r.qualifier, r.growth_pct) for r in rows] == [
        ("企业总数", 3200, "家", "", 6.7), ("规模以上工业增加值增速", 8.5, "%", "", 8.5), ("失业率", 5, "%", "under", None)]
    assert [r.quote for r in rows][1:] == ["百分之八点五", "百分之五以内"]


def test_the_area_of_a_place_keeps_the_word_for_the_place():
    assert [r.indicator for r in rows_of("辖区面积120平方公里。园区面积达到50平方公里。全市常住人口552万人。")] == [
        "辖区面积", "园区面积", "常住人口"]


@pytest.mark.parametrize(
    "text, unit, base_unit, base",
    [("建筑面积12万㎡。", "万㎡", "平方米", 120000), ("占地面积3.5km²。", "km²", "平方公里", 3.5),
     ("新建厂房5万m²。", "万m²", "平方米", 50000), ("租金80元/㎡。", "元/㎡", "元/平方米", 80),
     ("生产设备200台(套)。", "台(套)", "台套", 200)],
)
def test_unit_symbols_keep_their_spelling_and_share_a_base_unit(text, unit, base_unit, base):
    row = only(text)
    assert (row.unit, row.base_unit, row.value_base) == (unit, base_unit, base)


def test_quantifiers_and_captions_are_not_part_of_a_place_name():
    rows = rows_of("现将2023年度全市高新区经济运行情况通报如下：全市4家高新区共实现营业收入2856.3亿元。"
                   "部分高新区主导产业不突出，亩均税收仅为12.3万元。", title="关于2023年度高新区经济运行情况的通报")
    assert [(r.indicator, r.subject) for r in rows] == [("高新区", ""), ("营业收入", ""), ("亩均税收", "")]


def test_generic_measures_are_named_with_their_owner():
    rows = rows_of("全区规模以上工业企业实现总产值1568.2亿元。分行业看，电子信息产业实现产值612.5亿元；生物医药产业287.4亿元。"
                   "规上工业企业达到526家，比上年净增48家。工业投资168.3亿元，占比47.2%。")
    assert [r.indicator for r in rows] == [
        "规模以上工业企业总产值", "电子信息产业产值", "生物医药产业产值", "规上工业企业", "规上工业企业增加",
        "工业投资", "工业投资占比"]
    assert rows[0].category == "economy"


def test_quarters_and_months_opening_a_paragraph_date_it():
    text = "2023年第一季度，全区经济向好。实现营业收入500亿元。\n今年1-9月，实现产值20亿元。其中出口3亿元。"
    assert [(r.value, r.year) for r in rows_of(text, publish_year=2024)] == [(500, 2023), (20, 2024), (3, 2024)]


def test_things_made_are_counted_as_output():
    assert only("目前已累计生产800辆无人驾驶出租车(robotaxi)。").indicator == "无人驾驶出租车产量"


def test_a_period_without_a_year_is_the_latest_one_before_the_article():
    text = "1-9月，全区实现营业收入500亿元。\n截至6月底，实现产值20亿元。\n1-12月，新增企业300家。"
    assert [r.year for r in rows_of(text, publish_year=2023, publish_month=10)] == [2023, 2023, 2022]
    assert [r.year for r in rows_of(text, publish_year=2024, publish_month=1)] == [2023, 2023, 2023]
    assert [r.year for r in rows_of(text, publish_year=2024)] == [None, None, None]  # no month: not known
    plan = "下半年，力争实现营业收入300亿元。"
    assert only(plan, publish_year=2021, publish_month=7).year == 2021  # the half ahead
    assert only("全年，全区实现营业收入600亿元。", publish_year=2022, publish_month=1).year == 2021  # the year behind


def test_tenths_written_as_cheng():
    rows = rows_of("纳米技术应用产业产值突破1400亿元，同比增长近两成。进出口总额1536.7亿元，占全省的六成以上。"
                   "企业净利润同比增长超三成。一成不变，成为全国第一。")
    assert [(r.indicator, r.value, r.unit, r.qualifier, r.growth_pct) for r in rows] == [
        ("纳米技术应用产业产值", 1400, "亿元", "over", 20), ("进出口总额", 1536.7, "亿元", "", None),
        ("进出口总额占全省比重", 60, "%", "over", None), ("企业净利润增速", 30, "%", "over", 30)]


def test_shares_in_words_kept_at_coming_from_or_as_half_are_read():
    rows = rows_of("宁川市客房入住率保持在七成左右。江州高新区研发人员占比半数以上。新设企业中，近四成来自海外。"
                   "一成不变，成为全国第一，八成新。")
    assert [(r.indicator, r.value, r.unit, r.qualifier) for r in rows] == [
        ("客房入住率", 70, "%", "approx"), ("研发人员占比", 50, "%", "over"), ("来自海外", 40, "%", "approx")]


def test_tenths_of_a_base_a_metric_has_recovered_to():
    rows = rows_of("A级景区接待量已恢复至上年同期的九成以上。旅游收入恢复到2019年同期的八成。")
    assert [(r.indicator, r.value, r.unit, r.qualifier) for r in rows] == [
        ("A级景区接待量恢复率", 90, "%", "over"), ("旅游收入恢复率", 80, "%", "")]

def test_a_year_in_a_section_heading_governs_the_section():
    text = ("一、2023年工作回顾\n过去一年，地区生产总值达到12010.76亿元。\n我们坚持创新驱动，研发投入强度达到5.23%。\n"
            "二、2024年工作安排\n主要预期目标是：地区生产总值增长5.5%左右。\n重点项目投资完成3000亿元。")
    assert [r.year for r in rows_of(text, publish_year=2024)] == [2023, 2023, 2024, 2024]
    # a heading without a year ends the one before
    assert [r.year for r in rows_of("一、2023年回顾\n营业收入12亿元。\n二、下一步打算\n新增企业30家。")] == [2023, None]


def test_last_year_or_this_year_in_a_section_heading_governs_the_section():
    # 一、去年工作回顾 in a report given in 2024: 2023's figures, though a later paragraph names 2021年 in digits
    text = ("一、去年工作回顾\n经济运行稳中向好。全区实现地区生产总值312.6亿元。\n"
            "项目建设提速提效。2021年至2023年，全区累计完成固定资产投资436亿元。\n"
            "二、今年主要目标\n今年全区主要预期目标是：\n地区生产总值增长6%左右\n同时，研发经费投入强度力争达到2.7%。")
    rows = rows_of(text, publish_year=2024, publish_month=2)
    assert [(r.value, r.year) for r in rows] == [(312.6, 2023), (436, 2023), (6, 2024), (2.7, 2024)]


def test_the_year_of_targets_announced_dates_the_list_in_the_paragraphs_after():
    # 今年全市主要预期目标是： over lines of their own: 2024's targets, not the year the report looks back on
    text = ("宁川市人民代表大会开幕。2023年，全市地区生产总值达到2386.7亿元。\n今年全市主要预期目标是：\n"
            "地区生产总值增长6%左右\n规模以上工业增加值增长7%以上\n同时，全市研发经费投入强度力争达到2.7%。\n"
            "2023年，全市新增高新技术企业320家。\n城镇新增就业5.2万人。")
    rows = rows_of(text, publish_year=2024, publish_month=1)
    assert [(r.value, r.year) for r in rows] == [(2386.7, 2023), (6, 2024), (7, 2024), (2.7, 2024), (320, 2023),
                                                 (5.2, 2023)]


def test_a_word_standing_for_two_names_both_listed_figures():
    rows = rows_of("城乡居民人均可支配收入分别增长4.7%和7.4%。年末存贷款余额分别为1.2万亿元和9800亿元。")
    assert [(r.indicator, r.value, r.growth_pct) for r in rows] == [
        ("城镇居民人均可支配收入增速", 4.7, 4.7), ("农村居民人均可支配收入增速", 7.4, 7.4),
        ("存款余额", 1.2, None), ("贷款余额", 9800, None)]


def test_deng_inside_a_word_does_not_close_a_list():
    rows = rows_of("年末共有普通高等学校132所。具有资质等级的建筑业企业1.2万个。园区拥有15所高等院校。")
    assert [r.indicator for r in rows] == ["普通高等学校", "具有资质等级的建筑业企业", "高等院校"]
    assert only("引进华为、腾讯等企业30家。").indicator == "企业"


def test_a_count_changing_from_one_year_to_another_keeps_its_name():
    rows = rows_of("全区高新技术企业数量由2012年的520家增加到2023年的6800家，增长了12倍。")
    assert [(r.indicator, r.value, r.year) for r in rows] == [
        ("高新技术企业数量", 520, 2012), ("高新技术企业数量", 6800, 2023)]


def test_a_date_inside_the_words_before_a_figure_leaves_the_metric_after_it():
    row = only("下一步，光谷将力争到2025年企业总收入达到2万亿元。")
    assert (row.indicator, row.year) == ("企业总收入目标", 2025)


def test_shares_written_as_fractions():
    rows = rows_of("税收收入占全区财政收入的三分之一以上。高新技术产业增加值占规上工业的近三分之二。百分之五十。")
    assert [(r.indicator, r.value, r.unit, r.qualifier, r.quote) for r in rows] == [
        ("税收收入占全区财政收入比重", 33.33, "%", "over", "三分之一以上"),
        ("高新技术产业增加值占规上工业比重", 66.67, "%", "approx", "三分之二"),
        ("", 50, "%", "", "百分之五十")]


def test_a_share_named_with_its_owner_ends_in_bizhong():
    assert only("民生投入占财政支出的比重保持在80%以上。").indicator == "民生投入占财政支出比重"
    assert only("国内市场占有率达到66%。").indicator == "国内市场占有率"


def test_a_figure_converted_at_an_exchange_rate_keeps_its_name():
    rows = rows_of("人均地区生产总值98650元，按年平均汇率折算为14300美元。")
    assert [(r.indicator, r.unit) for r in rows] == [("人均地区生产总值", "元"), ("人均地区生产总值", "美元")]


def test_a_half_year_is_no_part_of_a_zone_or_company_name():
    rows = rows_of("1-6月，合肥高新区规上工业总产值完成1102.5亿元。其中阳光电源上半年实现营业收入298.6亿元。",
                   title="上半年高新区经济运行稳中向好")
    assert [r.subject for r in rows] == ["合肥高新区", "阳光电源"]


def test_a_figure_per_unit_keeps_the_per_in_its_name():
    rows = rows_of("园区单位面积产出强度达到每平方公里120亿元。人均可支配收入每月8200元。确保全年产值增长10%以上。")
    assert [r.indicator for r in rows] == ["单位面积产出强度每平方公里", "人均可支配收入每月", "产值增速目标"]


def test_doubling_is_a_multiple():
    rows = rows_of("地区生产总值达到1.2万亿元，比2010年翻一番。营业收入突破500亿元，比2012年翻了两番。")
    assert [(r.value, r.growth_pct, r.growth_kind) for r in rows] == [(1.2, 1, "multiple"), (500, 3, "multiple")]


def test_investment_completed_after_a_count_of_projects_is_theirs():
    rows = rows_of("实施重点项目1180个，完成投资2938亿元。")
    assert [r.indicator for r in rows] == ["重点项目", "重点项目投资"]


@pytest.mark.parametrize("text, unit", [("储能规模1200MWh。", "MWh"), ("算力总规模达到10EFLOPS。", "EFLOPS"),
                                        ("存储容量10PB。", "PB")])
def test_energy_and_computing_units(text, unit):
    assert only(text).unit == unit


def test_an_amount_named_after_it():
    rows = rows_of("深势科技宣布完成超7亿元C轮融资，本轮融资由某资本领投。企业获得500万元奖励。")
    assert [(r.indicator, r.value, r.qualifier) for r in rows] == [("C轮融资", 7, "over"), ("奖励", 500, "")]
    rows = rows_of("考核前5名的园区将获得每个300万元的奖励资金。对新落户企业给予最高200万元的房租补贴。")
    assert [(r.indicator, r.value, r.qualifier) for r in rows] == [("奖励资金", 300, ""), ("房租补贴", 200, "under")]


def test_a_generic_share_owner_is_the_metric_before():
    rows = rows_of("中关村科学城已聚集独角兽企业38家，数量占北京市的三分之一。")
    assert [(r.indicator, r.subject) for r in rows] == [
        ("独角兽企业", "中关村科学城"), ("独角兽企业数量占北京市比重", "中关村科学城")]


def test_a_park_named_with_its_区_keeps_it():
    rows = rows_of("江州科技园区2022年实现总收入870亿元。宁川软件园实现营业收入80亿元。桐宇产业园区实现营业收入30亿元。")
    assert [r.subject for r in rows] == ["江州科技园区", "宁川软件园", "桐宇产业园区"]


def test_a_size_threshold_of_reporting_units_is_no_figure():
    assert rows_of("注：统计范围为年主营业务收入2000万元及以上的工业法人单位。") == []


def test_a_year_before_de_dates_only_the_figure_after_it():
    rows = rows_of("全市地区生产总值由2018年的2985.3亿元增加到4286.5亿元；一般公共预算收入年均增长7.5%。"
                   "高新技术企业由2012年的206家增长到2021年的2500多家；科技型中小企业突破5000户。")
    assert [(r.value, r.year) for r in rows] == [(2985.3, 2018), (4286.5, None), (7.5, None), (206, 2012),
                                                 (2500, 2021), (5000, None)]
    assert [r.year for r in rows_of("2021年的营业收入为100亿元，利润20亿元。")] == [2021, 2021]


def test_a_lead_in_before_the_year_of_a_paragraph():
    rows = rows_of("初步核算，2023年全省地区生产总值50012.85亿元，比上年增长4.6%。其中，第二产业增加值18822.02亿元。")
    assert [r.year for r in rows] == [2023, 2023]


@pytest.mark.parametrize("lead_in", ["创新方面，2022年", "在创新方面，2022年", "从单个园区看，江州高新区2022年"])
def test_a_topic_lead_in_before_the_year_of_a_paragraph(lead_in):
    text = f"{lead_in}研发经费投入达110亿元。区内高新技术企业数量达到1100家。"
    assert [r.year for r in rows_of(text, publish_year=2024, publish_month=1)] == [2022, 2022]


def test_a_period_opening_a_clause_inside_a_paragraph_is_dated_from_the_publish_date():
    text = "文旅消费持续升温。上半年，全市接待游客2865.4万人次。记者了解到，上半年全市新签约项目87个。"
    assert [r.year for r in rows_of(text, publish_year=2024, publish_month=7)] == [2024, 2024]
    assert [r.year for r in rows_of(text, publish_year=2024)] == [None, None]


def test_cities_named_with_cheng_and_a_city_government():
    assert only("今年上半年，晋城市实现地区生产总值1586.7亿元。").subject == "晋城市"
    assert only("2023年晋城市实现地区生产总值1586.7亿元。").subject == "晋城市"
    assert only("全市实现营业收入100亿元。", title="2024年宁川市政府工作报告").subject == "宁川市"
    assert only("我代表市人民政府报告工作。全年营业收入100亿元。").subject == ""
    assert only("建设智慧城市，完成投资100亿元。").subject == ""


def test_shares_after_a_bare_zhan():
    rows = rows_of("其中16-59岁人口213.5万人，占63.1%。从业人员18万人，其中硕士及以上学历人员约占15%。"
                   "数字经济核心产业增加值约占地区生产总值的一成。全市已有三分之一的规上工业企业完成数字化改造。")
    assert [(r.indicator, r.qualifier) for r in rows if r.unit == "%"] == [
        ("16-59岁人口占比", ""), ("硕士及以上学历人员占比", "approx"),
        ("数字经济核心产业增加值占地区生产总值比重", "approx"), ("规上工业企业占比", "")]


def test_month_on_month_rates_are_named_as_such():
    rows = rows_of("9月份，规模以上工业增加值同比增长7.5%，环比增长0.62%。")
    assert [(r.indicator, r.growth_kind) for r in rows] == [
        ("9月规模以上工业增加值增速", "yoy"), ("9月规模以上工业增加值环比增速", "mom")]


def test_aims_and_completion_are_no_part_of_a_name_but_an_aim_names_a_target():
    assert only("下一步，江城将力争全年地区生产总值突破3300亿元。").indicator == "地区生产总值目标"
    assert only("项目建成后预计年产值约200亿元。").indicator == "年产值"


def test_grants_named_after_their_amount():
    rows = rows_of("给予最高500万元创业资金支持和最高100万元安家费。对新落户的博士给予10万元安家补贴。")
    assert [(r.indicator, r.value, r.qualifier) for r in rows] == [
        ("创业资金支持", 500, "under"), ("安家费", 100, "under"), ("安家补贴", 10, "")]


def test_a_minus_sign_makes_a_figure_negative_but_a_dash_does_not():
    rows = rows_of("全年人口自然增长率为-0.41‰。企业净利润-2.3亿元。")
    assert [(r.indicator, r.value, r.quote) for r in rows] == [
        ("人口自然增长率", -0.41, "-0.41‰"), ("企业净利润", -2.3, "-2.3亿元")]
    assert [r.value for r in rows_of("投资增长5%-8%。")] == [5, 8]


def test_a_range_with_the_unit_written_once_after_a_magnitude():
    rows = rows_of("计划总投资8亿至10亿元。")
    assert [(r.value, r.unit, r.qualifier) for r in rows] == [(8, "亿元", "over"), (10, "亿元", "under")]


def test_both_ends_of_a_range_of_rates_are_rates():
    rows = rows_of("固定资产投资增长7%-8%。")
    assert [(r.value, r.growth_pct, r.growth_kind) for r in rows] == [(7, 7, "yoy"), (8, 8, "yoy")]


def test_cumulative_average_and_span_rates_attach_to_their_level():
    rows = rows_of("1-9月，一般公共预算收入累计完成286.4亿元，累计增长9.3%。营收100亿元，近三年年均增长20%。"
                   "高新技术企业2468家，五年增长了1.4倍。")
    assert [(r.value, r.growth_pct, r.growth_kind) for r in rows] == [
        (286.4, 9.3, "yoy"), (100, 20, "avg_annual"), (2468, 1.4, "multiple")]
    listed = rows_of("城镇和农村居民人均可支配收入年均分别增长6.4%和8.1%。")
    assert [r.growth_kind for r in listed] == ["avg_annual", "avg_annual"]


def test_a_cumulative_change_over_whole_years_is_against_their_start():
    row = only("“十四五”以来，宁川市单位地区生产总值能耗累计下降5.8%。")
    assert (row.growth_pct, row.growth_kind) == (-5.8, "vs_base")
    month_bulletin = only("1-6月，宁川市规模以上工业增加值累计增长7.1%。")
    assert month_bulletin.growth_kind == "yoy"


def test_ten_thousand_written_bare_after_a_qualifier():
    rows = rows_of("惠及居民近万户，服务企业超万家，引进人才上万人。")
    assert [(r.indicator, r.value, r.unit, r.qualifier, r.quote) for r in rows] == [
        ("惠及居民", 1, "万户", "approx", "万户"), ("服务企业", 1, "万家", "over", "万家"),
        ("引进人才", 1, "万人", "over", "上万人")]
    assert rows_of("每万人发明专利拥有量。") == []


def test_a_company_introduced_once_is_the_subject_wherever_it_is_named_again():
    text = ("区内企业西安星芯微电子科技有限公司（以下简称“星芯微电子”）近日宣布完成15亿元C轮融资。"
            "去年，公司实现营业收入6.8亿元，同比增长155%。目前公司员工近900人。"
            "星芯微电子今年一季度实现营收1.2亿元。西安高新区半导体产业规模突破1000亿元。")
    rows = rows_of(text, title="西安高新区新闻")
    assert [(r.indicator, r.subject) for r in rows] == [
        ("C轮融资", "星芯微电子"), ("营业收入", "星芯微电子"), ("员工", "星芯微电子"), ("营收", "星芯微电子"),
        ("半导体产业规模", "西安高新区")]


def test_a_time_word_after_a_company_is_no_part_of_its_name():
    rows = rows_of("其中，芯昇半导体去年研发投入达12.6亿元。其中，歌尔股份今年一季度实现营业收入182.5亿元。"
                   "陕西澜科医疗器械有限公司近日宣布完成3亿元B轮融资。", publish_year=2024)
    assert [(r.indicator, r.subject) for r in rows] == [
        ("研发投入", "芯昇半导体"), ("营业收入", "歌尔股份"), ("B轮融资", "陕西澜科医疗器械有限公司")]


def test_a_period_inside_the_words_before_a_figure_and_the_value_of_an_output():
    rows = rows_of("比亚迪江城基地上半年产量达到15.6万辆，同比增长1.5倍，产值超300亿元。园区今年1-9月营业收入500亿元。")
    assert [r.indicator for r in rows] == ["产量", "产值", "营业收入"]
    assert only("营业收入较去年同期增长15%。").indicator == "营业收入增速"


def test_a_sentence_opening_with_qizhong_continues_the_year_of_the_one_before():
    rows = rows_of("2024年一季度共签约项目46个，总投资386亿元。其中，百亿级项目2个。")
    assert [r.year for r in rows] == [2024, 2024, 2024]


def test_a_short_topic_sentence_before_the_year_of_a_paragraph():
    rows = rows_of("创新主体持续壮大。截至2023年底，高新技术企业达到1386家。研发人员1260人。")
    assert [r.year for r in rows] == [2023, 2023]


def test_whole_year_and_year_end_without_a_year_are_dated_from_the_publish_date():
    text = "外资外贸量质齐升。全年实际使用外资8.62亿美元。年末共有高新技术企业2294家。"
    assert [r.year for r in rows_of(text, publish_year=2024, publish_month=1)] == [2023, 2023]
    assert [r.year for r in rows_of(text, publish_year=2024, publish_month=8)] == [2024, 2024]
    communique = rows_of(text, publish_year=2024, publish_month=3, title="某市国民经济和社会发展统计公报")
    assert [r.year for r in communique] == [2023, 2023]
    assert [r.year for r in rows_of(text, publish_year=2024)] == [None, None]


def test_a_value_at_a_base_year_is_dated_and_named_as_the_metric():
    rows = rows_of("截至2023年末，开发区拥有高新技术企业412家，较2020年末的236家增加176家。")
    assert [(r.indicator, r.value, r.year) for r in rows] == [
        ("高新技术企业", 412, 2023), ("高新技术企业", 236, 2020), ("高新技术企业增加", 176, 2023)]


def test_a_share_of_a_plan_between_a_level_and_its_rate():
    rows = rows_of("一般公共预算收入完成312.6亿元，为调整预算的101.2%，比上年增长5.8%。支出安排478.6亿元，比上年执行数下降1.6%。")
    assert [(r.indicator, r.value, r.growth_pct, r.growth_kind) for r in rows] == [
        ("一般公共预算收入", 312.6, 5.8, "yoy"), ("一般公共预算收入调整预算完成率", 101.2, None, ""), ("支出", 478.6, -1.6, "yoy")]


def test_listed_levels_compared_with_a_base_year():
    rows = rows_of("实际使用外资3.2亿美元，外贸进出口总额524.7亿元，分别比2020年增长52.4%和31.8%。")
    assert [(r.value, r.growth_pct, r.growth_kind) for r in rows] == [(3.2, 52.4, "vs_base"), (524.7, 31.8, "vs_base")]


def test_a_rate_naming_no_comparison_is_against_the_base_year_its_sentence_named_before():
    rows = rows_of("2023年末，宁川市共有企业法人单位3.6万个，比2018年末（第四次全国经济普查，下同）增加1.2万个，增长50.0%；"
                   "个体经营户4.1万户，增长12.5%。")
    assert [(r.growth_pct, r.growth_kind) for r in rows if r.growth_pct] == [(50.0, "vs_base"), (12.5, "vs_base")]
    opened = rows_of("与2010年相比，宁川市户籍人口减少1.3万人，下降4.2%。")
    assert [(r.value, r.growth_pct, r.growth_kind) for r in opened] == [(1.3, -4.2, "vs_base")]
    last_year = rows_of("2023年末，宁川市共有企业3.6万个，比2018年末增长50.0%；全年新登记企业5200个，比上年减少300个，下降5.5%。")
    assert [r.growth_kind for r in last_year if r.growth_kind] == ["vs_base", "yoy"]
    year_before = rows_of("2024年，宁川市营业收入比2023年增加30亿元，增长8.0%。")
    assert [r.growth_kind for r in year_before] == ["yoy"]


def test_the_rate_after_a_change_from_a_base_value_is_the_levels_not_the_base_values():
    rows = rows_of("2020年，宁川县常住人口为38.2万人，比2010年的40.1万人减少1.9万人，下降4.7%。")
    assert [(r.value, r.growth_pct, r.growth_kind) for r in rows] == [
        (38.2, -4.7, "vs_base"), (40.1, None, ""), (1.9, None, "")]


def test_the_rate_after_a_change_from_a_base_year_is_the_levels():
    rows = rows_of("2023年末，宁川市共有法人单位1.8万个，比2018年末（第四次全国经济普查，下同）增加0.6万个，增长50.0%。")
    assert [(r.value, r.growth_pct, r.growth_kind) for r in rows] == [(1.8, 50.0, "vs_base"), (0.6, None, "")]
    last_year = rows_of("2023年，宁川市粮食播种面积86.4万亩，比2022年增加1.2万亩，增长1.4%。")
    assert [(r.value, r.growth_pct, r.growth_kind) for r in last_year] == [(86.4, 1.4, "yoy"), (1.2, None, "")]


def test_a_base_value_at_a_census_and_the_change_since_are_the_levels_metric():
    rows = rows_of("2020年，宁川县常住人口为38.2万人，与2010年第六次全国人口普查的35.1万人相比，十年共增加3.1万人。")
    assert [r.indicator for r in rows] == ["常住人口", "常住人口", "常住人口增加"]
    fell = rows_of("2020年，宁川县常住人口为38.2万人，比2010年第六次全国人口普查的40.1万人减少1.9万人。"
                   "平均每个家庭户的人口为2.48人，比2010年第六次全国人口普查减少0.33人。")
    assert [r.indicator for r in fell] == ["常住人口", "常住人口", "常住人口减少", "平均每个家庭户的人口", "平均每个家庭户的人口减少"]


def test_a_second_rate_after_a_change_is_the_levels_average_rate():
    rows = rows_of("2020年，宁川县常住人口为38.2万人，比2010年增加3.1万人，增长8.8%，年均增长0.85%。")
    assert [(r.indicator, r.growth_kind) for r in rows][-1] == ("常住人口年均增速", "avg_annual")
    fell = rows_of("2020年，宁川县常住人口为38.2万人，比2010年减少1.9万人，下降4.7%，年平均下降0.48%。")
    assert [(r.indicator, r.value, r.growth_kind) for r in fell][-1] == ("常住人口年均增速", -0.48, "avg_annual")


def test_a_change_after_a_note_in_brackets_holding_a_comma_is_named_by_its_level():
    rows = rows_of("2023年末，宁川市共有法人单位1.8万个，比2018年末（第四次全国经济普查，下同）增加0.6万个。")
    assert [r.indicator for r in rows] == ["法人单位", "法人单位增加"]


def test_a_verb_of_moving_to_after_the_first_of_two_levels_names_neither():
    rows = rows_of("城区小学平均班额由2020年的56人降至44人，乡镇小学由41人降到35人。")
    assert [(r.indicator, r.value) for r in rows][:2] == [("城区小学平均班额", 56), ("城区小学平均班额", 44)]


def test_shares_listed_after_the_levels_are_each_of_the_level_in_its_place():
    rows = rows_of("宁川市个体经营户中，批发和零售业6.2万户，住宿和餐饮业2.1万户，分别占41.3%和14.0%。")
    assert [r.indicator for r in rows][2:] == ["批发和零售业占比", "住宿和餐饮业占比"]
    whole = rows_of("宁川市第一产业增加值120亿元，第二产业增加值300亿元，分别占地区生产总值的10.1%和40.2%。")
    assert [r.indicator for r in whole][2:] == ["第一产业增加值占地区生产总值比重", "第二产业增加值占地区生产总值比重"]


def test_a_per_population_is_shared_by_the_items_written_alike_after_it():
    rows = rows_of("宁川县每10万人中拥有大学文化程度的人数为9120人，拥有高中文化程度的人数为13250人。")
    assert [r.indicator for r in rows] == ["每10万人中大学文化程度的人数", "每10万人中高中文化程度的人数"]
    unlike = rows_of("宁川县每万人口发明专利拥有量为18.6件，高价值发明专利拥有量为5.2件。")
    assert [r.indicator for r in unlike] == ["每万人口发明专利拥有量", "高价值发明专利拥有量"]


def test_places_listed_after_respectively_take_the_figures_listed_after_them_in_order():
    rows = rows_of("宁川区常住人口超过10万人的街道有2个，分别是江滨街道和云台街道，常住人口分别为13.2万人和11.4万人。")
    assert [(r.value, r.subject) for r in rows][-2:] == [(13.2, "江滨街道"), (11.4, "云台街道")]
    towns = rows_of("产值超过50亿元的镇有2个，分别是城关镇和石桥镇，工业产值分别为86.3亿元和52.1亿元。", title="宁川县工业经济")
    assert [(r.indicator, r.subject) for r in towns][-2:] == [("工业产值", "城关镇"), ("工业产值", "石桥镇")]


def test_hong_kong_and_macao_figures():
    rows = rows_of("澳门本地生产总值为1773亿澳门元，按年下降26.8%。香港本地生产总值为2.82万亿港元，按年下降3.5%。")
    assert [(r.indicator, r.subject, r.unit, r.growth_pct, r.growth_kind) for r in rows] == [
        ("本地生产总值", "澳门", "亿澳门元", -26.8, "yoy"), ("本地生产总值", "香港", "万亿港元", -3.5, "yoy")]


def test_classes_of_things_and_moves_in_a_ranking_are_no_figures():
    rows = rows_of("其中投资额在10—20亿元之间的项目14个。其中50万元以上的村38个。综合排名第28位，较上年前移5位。")
    assert [(r.value, r.unit) for r in rows] == [(14, "个"), (38, "个")]


def test_shares_before_the_noun_they_are_of():
    rows = rows_of("高新区以全市5%的土地，贡献了全市38.5%的地区生产总值和超过四成的工业税收。")
    assert [(r.indicator, r.value, r.qualifier) for r in rows] == [
        ("土地占全市比重", 5, ""), ("地区生产总值占全市比重", 38.5, ""), ("工业税收占比", 40, "over")]


def test_parts_counterparts_and_totals_of_the_metric_before():
    rows = rows_of("国有资本经营预算收入3.6亿元，支出2.1亿元。全县农业产业化龙头企业86家，其中规模以上62家。"
                   "新建省级新型研发机构7家，累计达到42家。家禽出栏1260万羽。")
    assert [r.indicator for r in rows] == [
        "国有资本经营预算收入", "国有资本经营预算支出", "农业产业化龙头企业", "规模以上农业产业化龙头企业",
        "新建省级新型研发机构", "省级新型研发机构总数", "家禽出栏"]
    assert only("2021—2023年，全区地区生产总值年均增长9.6%。").indicator == "地区生产总值年均增速"


def test_districts_and_zones_after_a_year_open_their_sentences():
    rows = rows_of("2019年，江岸区实现地区生产总值1500亿元。2019年，洪山区实现地区生产总值1200亿元。"
                   "记者从张江集团获悉，2023年张江科学城实现营业收入1.2万亿元。", title="武汉市经济")
    assert [r.subject for r in rows] == ["江岸区", "洪山区", "张江科学城"]


def test_company_names_do_not_start_with_function_words():
    assert only("项目由华锂集团投资建设，总投资120亿元。").subject == "华锂集团"
    assert only("规上工业企业中有研发活动的企业占比达到52%。").subject == ""


def test_a_legal_name_opening_a_sentence_after_its_agent_word_leaves_the_word_out():
    # 由宁川鑫达铝业有限公司投资建设: the company, not 由宁川鑫达铝业有限公司 (whichever of its readings is taken first)
    rows = rows_of("江州高新区新开工铝材项目。由宁川鑫达铝业有限公司投资建设，总投资12.5亿元，占地150亩。")
    assert [r.subject for r in rows] == ["宁川鑫达铝业有限公司"] * 2


def test_the_main_subject_is_the_place_named_most_and_not_a_report_prefix():
    text = ("南湖市举行重大项目集中签约活动，南湖市共签约项目46个。新能源电池材料产业园项目总投资120亿元。"
            "南湖市将做好服务。")
    assert rows_of(text)[0].subject == "南湖市"
    assert only("全市完成投资100亿元。", title="关于清江市2023年预算执行情况的报告").subject == "清江市"


@pytest.mark.parametrize("title", ["2023年第三季度河西省金融运行情况", "2023年前三季度河西省经济运行情况"])
def test_the_part_of_a_year_a_title_names_before_its_place_is_no_part_of_the_subject(title):
    assert only("9月末，全省本外币各项存款余额9.86万亿元。", title=title).subject == "河西省"


def test_overlapping_verbs_symbols_and_plans_before_a_name():
    rows = rows_of("园区集聚集成电路企业500余家。🚀新增市场主体2.3万户。一般公共预算收入预期增长5%左右，安排328.2亿元。")
    assert [r.indicator for r in rows] == ["集成电路企业", "新增市场主体", "一般公共预算收入增速", "一般公共预算收入"]


def test_on_a_tie_the_place_named_first_is_the_main_subject():
    text = "南湖市举行签约活动，签约项目46个。新能源电池材料产业园项目总投资120亿元。"
    assert rows_of(text)[0].subject == "南湖市"
    assert [r.indicator for r in rows_of("在全国复制推广4项。片区本外币存款余额1523.6亿元。在校大学生18万人。")] == [
        "全国复制推广", "本外币存款余额", "在校大学生"]


def test_a_note_or_a_share_between_a_level_and_its_rate():
    rows = rows_of("全区实现地区生产总值3330.3亿元（注1），按可比价计算比上年增长8.4%。"
                   "第二产业增加值1578.6亿元（其中：工业增加值1520.1亿元），增长12.2%。"
                   "外贸进出口总额3237亿元，占全市的40%左右，年均增长20.3%。")
    assert [(r.value, r.growth_pct, r.growth_kind) for r in rows] == [
        (3330.3, 8.4, "yoy"), (1578.6, 12.2, "yoy"), (1520.1, None, ""), (3237, 20.3, "avg_annual"), (40, None, "")]


def test_indicator_lines_written_as_name_colon_value():
    rows = rows_of("地区生产总值：612.35亿元，同比增长3.6%。\n1.税收收入：36.96亿元。\n（1）出口：15.3亿美元。")
    assert [(r.indicator, r.value, r.growth_pct) for r in rows] == [
        ("地区生产总值", 612.35, 3.6), ("税收收入", 36.96, None), ("出口", 15.3, None)]


def test_numbers_grouped_with_commas_keep_the_noun_after_them():
    assert only("全年共有20,236家企业通过评价入库。").indicator == "通过评价入库企业"


def test_the_subject_of_a_clause_carries_to_the_clauses_after_it():
    rows = rows_of("武汉市高新技术企业1.4万家，东湖高新区高新技术企业突破4000家，达到4015家。"
                   "荆门市、孝感市高新技术企业分别达到562家和528家。")
    assert [(r.indicator, r.subject) for r in rows] == [
        ("高新技术企业", "武汉市"), ("高新技术企业", "东湖高新区"), ("高新技术企业", "东湖高新区"),
        ("高新技术企业", "荆门市"), ("高新技术企业", "孝感市")]


def test_the_publishers_place_is_the_subject_of_whole_place_figures():
    rows = rows_of("1-10月，全市规模以上工业增加值1356.8亿元。", title="1-10月全市经济运行情况", publisher="绍兴市统计局")
    assert rows[0].subject == "绍兴市"
    assert rows_of("两江新区实现地区生产总值4103.1亿元。", title="两江新区：十年蝶变")[0].subject == "两江新区"


def test_whole_year_after_a_dated_paragraph_opening_is_that_year():
    rows = rows_of("2021年全省新认定高新技术企业5125家。全年共有20236家企业通过评价入库。", publish_year=2022, publish_month=3)
    assert [r.year for r in rows] == [2021, 2021]
    assert only("剔除2020年一次性因素后增长7.4%。", title="2021年统计公报").year == 2021


def test_a_company_and_a_year_inside_a_sentence_stop_at_its_semicolon():
    rows = rows_of("2023年，全区营业收入1200亿元；其中海康威视2022年营业收入达到300亿元；独角兽企业9家。", title="杭州高新区")
    assert [(r.value, r.year, r.subject) for r in rows] == [
        (1200, 2023, "杭州高新区"), (300, 2022, "海康威视"), (9, 2023, "杭州高新区")]
    assert only("其中,京东方在成都高新区累计投资超过1000亿元。").subject == "京东方"


def test_the_year_of_a_sentences_first_figure_carries_across_its_semicolons():
    # 江州市参评的12个园区2023年共实现…；完成…；实际使用…: the year stated for the subject's first figure dates the sentence,
    # as one opening it would; a year in a later clause (预计2027年投产) or after a semicolon stays its own part's
    text = ("江州市参评的12个园区2023年共实现营业收入486亿元，同比增长6.2%；完成工业增加值127亿元，占全市比重为72.5%；"
            "实际使用外资3.8亿美元。\n2022年，全市营业收入450亿元。")
    assert [(r.value, r.year) for r in rows_of(text)][1:] == [(486, 2023), (127, 2023), (72.5, 2023), (3.8, 2023), (450, 2022)]
    text = "其中，宁川芯片项目计划投资120亿元，预计2027年投产；康宁生物项目投资28亿元。\n2022年，全市营业收入450亿元。"
    assert [(r.value, r.year) for r in rows_of(text)] == [(120, None), (28, None), (450, 2022)]



def test_a_deeds_year_dates_no_figure_after_it():
    # 预计2025年投产，达产后年产值20亿元: the year of commissioning; the yield after it is the sentence's year's estimate
    text = "2024年，宁川市新开工铝材项目，总投资9.5亿元，预计2026年建成投产，达产后年产值18亿元、税收1.1亿元。"
    assert [(r.value, r.year) for r in rows_of(text)] == [(9.5, 2024), (18, 2024), (1.1, 2024)]
    assert only("2026年底前建成项目12个。").year == 2026


def test_a_target_year_opening_a_clause_carries_across_its_semicolons():
    # 新建…，到2026年全县果园面积…；肉牛饲养量…: the horizon of the rest of its sentence, not of the clauses before it
    text = "宁川县将新建标准化茶园1.5万亩，到2027年全县茶园面积稳定在12万亩左右；茶叶产值突破30亿元。"
    assert [(r.value, r.year) for r in rows_of(text)] == [(1.5, None), (12, 2027), (30, 2027)]


def test_working_days_quoted_policy_names_and_steady_rates():
    assert rows_of("企业开办时间由3个工作日压缩至0.5个工作日。先后出台“人才新政20条”。") == []
    row = only("2022年产值突破1500亿元，年均增速保持在10%左右。")
    assert (row.value, row.growth_pct, row.growth_kind) == (1500, 10, "avg_annual")


def test_nouns_after_a_count_stop_at_a_verb_or_a_number_and_sizes_name_what_follows():
    rows = rows_of("为460家科技型中小企业发放贷款18.7亿元。以全省0.07%的土地面积创造了全省2.1%的地区生产总值。"
                   "建成标准厂房120万平方米；设立总规模50亿元的科创母基金。")
    assert [r.indicator for r in rows] == [
        "科技型中小企业", "贷款", "土地面积占全省比重", "地区生产总值占全省比重", "标准厂房面积", "科创母基金总规模"]


def test_whole_year_after_a_place_name():
    rows = rows_of("西安高新区全年为企业减税降费156.8亿元。", publish_year=2023, publish_month=1)
    assert rows[0].year == 2022


def test_a_rate_named_by_nothing_takes_the_metric_the_sentence_opened_with():
    rows = rows_of("9月份，居民消费价格同比持平，环比上涨0.3%。")
    assert rows[-1].indicator == "9月居民消费价格环比增速"


@pytest.mark.parametrize("text, name, quote", [
    ("全市居民消费价格同比持平。", "居民消费价格增速", "持平"),
    ("宁川市工业生产者出厂价格与上年基本持平。", "工业生产者出厂价格增速", "基本持平"),
    ("9月份，居民消费价格同比持平，环比上涨0.3%。", "9月居民消费价格增速", "持平")])
def test_a_rate_of_no_change_in_words_is_a_row_of_zero_per_cent(text, name, quote):
    row = rows_of(text)[0]
    assert (row.indicator, row.value, row.unit, row.growth_pct, row.growth_kind, row.quote) == (
        name, 0, "%", 0, "yoy", quote)


@pytest.mark.parametrize(
    "text, category",
    [("全年空气质量优良天数312天。", "environment"), ("万元GDP能耗下降4.5%。", "environment"),
     ("粮食总产量186.3万吨。", "agriculture"), ("年末生猪存栏98.6万头。", "agriculture"),
     ("新增学位2.8万个。", "society"),
     ("完成建筑业总产值21416.73亿元。", "industry"), ("夏粮产量450.6万吨。", "agriculture"),
     ("园区拥有15所高等院校。", "talent"),
     ("全年接待游客3500万人次。", "consumption"), ("民生支出占比达78.6%。", "fiscal"),
     ("全年发电量45亿千瓦时。", "infrastructure"), ("货物吞吐量3.2亿吨。", "infrastructure"),
     ("拥有A级景区56个。", "consumption")],
)
def test_indicators_take_the_category_of_their_words(text, category):
    assert only(text).category == category


def test_a_city_before_its_foreign_trade_is_the_subject_but_funds_from_outside_it_name_no_place():
    rows = rows_of("2023年，安平市外贸进出口总值2468.5亿元，增长6.2%。其中，出口1587.3亿元。")
    assert [(r.indicator, r.subject) for r in rows] == [("外贸进出口总值", "安平市"), ("出口", "安平市")]
    assert only("实际到位市外资金216.5亿元。", title="南湖市招商引资").subject == "南湖市"


def test_our_citys_zone_in_a_title_is_the_publishers_city():
    row = only("2022年，高新区实现营业收入3185.2亿元。", title="我市高新区综合排名提升", publisher="青州市科技局")
    assert row.subject == "青州市"


def test_a_zone_named_right_after_our_city_is_its_clauses_subject():
    # 我市江北高新区以综合得分92.6分…: the zone, not the publisher's city 我市 stands for
    text = "日前，省商务厅通报考核排名。我市宁川高新区以综合得分90.4分位列全省第3位。全市实际使用外资2.8亿美元。"
    rows = rows_of(text, title="全省开发区排名出炉", publisher="宁川日报")
    assert [r.subject for r in rows] == ["宁川高新区", "宁川市"]


def test_a_report_on_a_provinces_zones_is_about_the_province():
    assert only("全省共有高新区31家。", title="《南川省高新技术产业开发区发展报告（2023）》发布").subject == "南川省"


def test_the_zone_a_sentence_names_is_the_subject_of_the_next_that_says_该区_or_区内():
    rows = rows_of("青州高新区排名第42位，较上年提升7位。该区实现营业收入3185.2亿元；高新技术企业1257家。"
                   "临江高新区实现营业收入8627.5亿元。区内拥有国家级孵化器12家。本区另有众创空间21家。",
                   title="我省高新区综合评价排名提升", publisher="江南省科学技术厅")
    assert [r.subject for r in rows] == ["青州高新区", "青州高新区", "临江高新区", "临江高新区", "江南省"]


def test_a_connective_or_a_scene_may_open_the_sentence_a_place_opens():
    rows = rows_of("此外，松阳高新区排名第95位，提升5位，营业收入达到1028.6亿元。"
                   "在石桥镇柳湾村，村党支部书记告诉记者，全村流转土地2300亩。", title="全省高新区评价")
    assert [r.subject for r in rows] == ["松阳高新区", "柳湾村"]
    row = only("深圳市华晶新材料有限公司投资42亿元，在临川高新区建设生产基地。", title="临川高新区招商")
    assert row.subject == "深圳市华晶新材料有限公司"


def test_a_company_opening_its_sentence_keeps_its_figures_past_semicolons():
    rows = rows_of("2023年，微芯科技实现营业收入38.7亿元；研发投入4.2亿元；累计拥有授权专利312项。"
                   "其中，中联重科实现营业收入416.3亿元；独角兽企业9家。", title="临江集成电路产业园发展综述")
    assert [r.subject for r in rows] == ["微芯科技"] * 3 + ["中联重科", "临江集成电路产业园"]


def test_公司_standing_for_the_company_leaves_the_name_but_a_listed_companys_公司_stays():
    text = ("北辰智联股份有限公司（以下简称“北辰智联”）发布年报。2023年，公司实现营业收入52.36亿元；"
            "实现归属于上市公司股东的净利润6.87亿元。")
    assert [(r.indicator, r.subject) for r in rows_of(text)] == [
        ("营业收入", "北辰智联"), ("归属于上市公司股东的净利润", "北辰智联")]


@pytest.mark.parametrize("village", ["石山村", "高山村", "白沙村"])
def test_villages_named_for_a_hill_are_villages(village):
    assert only(f"{village}流转土地2300亩。", title="禾丰县乡村振兴").subject == village


def test_a_surplus_widening_or_narrowing_is_its_growth():
    rows = rows_of("贸易顺差706.1亿元，扩大20.5%；贸易逆差12.3亿元，收窄8.2%。")
    assert [(r.indicator, r.growth_pct, r.growth_kind) for r in rows] == [
        ("贸易顺差", 20.5, "yoy"), ("贸易逆差", -8.2, "yoy")]


def test_a_figure_in_renminbi_is_in_yuan():
    row = only("外贸进出口总值2468.5亿元人民币。")
    assert (row.unit, row.base_unit, row.value_base) == ("亿元人民币", "元", pytest.approx(2.4685e11))


def test_a_news_day_before_the_reporters_lead_in_leaves_the_years_time_clause_governing_the_paragraph():
    rows = rows_of("5月13日，记者从青阳经济技术开发区获悉，今年1-4月，该区新签约项目46个。实际到位省外资金156.3亿元。",
                   publish_year=2024, publish_month=5)
    assert [r.year for r in rows] == [2024, 2024]


@pytest.mark.parametrize("places", ["北京、上海、西安等地", "苏州市、无锡市等城市", "湖北、江苏、四川三省"])
def test_places_listed_as_where_something_went_on_are_no_subject(places):
    row = only(f"今年以来，云岭高新区先后赴{places}举办专场招聘活动23场。", title="云岭高新区引才成效明显")
    assert row.subject == "云岭高新区"


def test_size_classes_of_zones_and_projects_and_the_last_places_of_a_ranking_are_no_figures():
    rows = rows_of("营业收入超千亿元的园区达到6家；超过3000亿元的有2家。其中，50亿元以上重大项目3个。"
                   "营业收入排名后10位的高新区合计仅占全省高新区的4.8%。")
    assert [(r.value, r.unit) for r in rows] == [(6, "家"), (2, "家"), (3, "个"), (4.8, "%")]


def test_taxes_paid_by_enterprises_are_taxes_not_companies():
    rows = rows_of("增值税完成58.36亿元；企业所得税完成19.42亿元，下降6.3%；个人所得税完成5.87亿元。", title="青阳市财政收支情况")
    assert [(r.indicator, r.subject) for r in rows] == [
        ("增值税", "青阳市"), ("企业所得税", "青阳市"), ("个人所得税", "青阳市")]


def test_the_first_months_of_a_year_date_a_figure_and_leave_its_name():
    row = only("前11个月对东盟进出口512.4亿元，增长12.7%。", publish_year=2023, publish_month=12)
    assert (row.indicator, row.year, row.growth_pct) == ("对东盟进出口", 2023, 12.7)
    assert only("前11个月对东盟进出口512.4亿元。", publish_year=2024, publish_month=3).year == 2023


def test_the_whole_county_or_our_province_is_that_place_not_the_articles_town_or_zone():
    rows = rows_of("桃源镇水稻亩产1350斤。全县粮食总产量50万吨。", title="丰禾县桃源镇乡村振兴见闻")
    assert [r.subject for r in rows] == ["桃源镇", "丰禾县"]
    rows = rows_of("长春净月高新区实现营业收入800亿元。全市高新技术企业3000家。长春市常住人口900万人。",
                   title="长春净月高新区发展综述")
    assert [r.subject for r in rows] == ["长春净月高新区", "长春市", "长春市"]
    rows = rows_of("高新区实现营业收入800亿元。全市高新技术企业3000家。", title="净月高新区发展综述")
    assert [r.subject for r in rows] == ["净月高新区", "净月高新区"]  # no city named: none is sure


def test_an_amount_after_increase_or_decrease_is_the_change_of_the_metric():
    rows = rows_of("2023年，人民币存款比年初增加7985.2亿元。其中，住户存款增加6214.8亿元，财政性存款减少127.5亿元。")
    assert [r.indicator for r in rows] == ["人民币存款比年初增加", "住户存款增加", "财政性存款减少"]


def test_more_or_less_than_a_year_before_is_said_of_the_metric_that_changed():
    rows = rows_of("前三季度，本外币各项存款增加8126.5亿元，同比多增412.3亿元。人民币贷款比年初增加7296.3亿元，同比少增50.8亿元。")
    assert [r.indicator for r in rows] == [
        "本外币各项存款增加", "本外币各项存款同比多增", "人民币贷款比年初增加", "人民币贷款同比少增"]


def test_those_in_a_kindergarten_or_a_workstation_keep_their_zai():
    rows = rows_of("全市共有幼儿园783所，在园幼儿12.36万人。高新区在站博士后58名，在园区企业就业3000人。")
    assert [r.indicator for r in rows] == ["幼儿园", "在园幼儿", "在站博士后", "企业就业"]


def test_students_after_a_count_of_schools_are_those_schools_students():
    rows = rows_of("全市共有普通高中48所，在校生9.73万人；小学412所，招生5.2万人，在校生31.07万人。")
    assert [r.indicator for r in rows] == ["普通高中", "普通高中在校生", "小学", "小学招生", "小学在校生"]


def test_a_bare_worth_is_that_of_the_thing_just_counted():
    rows = rows_of("前11个月，铁矿砂进口1856万吨，增加5.3%，价值125.7亿元；进口原油320万吨，价值128.6亿元。")
    assert [r.indicator for r in rows] == ["铁矿砂进口", "铁矿砂进口价值", "进口原油", "进口原油价值"]


def test_a_part_counted_within_a_whole_and_named_by_how_it_grew():
    rows = rows_of("1-9月，全市35个工业大类行业中有24个行业增加值保持增长，增长面为68.6%。"
                   "全市8个重点行业实现增长12.5%。")
    assert [r.indicator for r in rows][:2] == ["工业大类行业", "增加值增长行业"]
    assert rows[-2].indicator == "重点行业"


def test_shangxia_before_you_is_up_and_down_the_chain_not_about():
    row = only("围绕这一链主项目，已有14家上下游配套企业与经开区达成投资意向。")
    assert (row.indicator, row.value, row.qualifier) == ("上下游配套企业", 14, "")
    assert only("年产值100亿元上下。").qualifier == "approx"


def test_shang_before_a_hundred_or_a_thousand_with_a_magnitude_means_over():
    rows = rows_of("园区总投资上百亿元，带动就业上千人，年产值上千万元。")
    assert [(r.indicator, r.value, r.unit, r.qualifier) for r in rows] == [
        ("总投资", 100, "亿元", "over"), ("带动就业", 1000, "人", "over"), ("年产值", 1000, "万元", "over")]


def test_the_places_that_close_a_list_are_no_part_of_the_name_after_it():
    rows = rows_of("一季度，开发区主要领导带队赴长三角、珠三角等地外出招商9次。美国、德国等国家客商来访56批次。")
    assert [r.indicator for r in rows] == ["外出招商", "客商来访"]


def test_gaoda_and_duoda_before_a_figure_are_no_part_of_its_name():
    rows = rows_of("园区研发投入占营收比重高达18.6%，合作高校多达12所。")
    assert [r.indicator for r in rows] == ["研发投入占营收比重", "合作高校"]


def test_a_bare_change_for_a_part_of_the_year_is_the_change_of_the_level_before():
    rows = rows_of("9月末，普惠小微贷款余额1.24万亿元，同比增长24.8%；前三季度增加2065.3亿元。")
    assert [r.indicator for r in rows] == ["普惠小微贷款余额", "普惠小微贷款余额增加"]


def test_a_signed_rate_right_after_its_comparison_is_the_rate():
    rows = rows_of("商品房销售面积386.5万平方米，同比-18.6%；商品房销售额352.1亿元，同比+2.3%。规模以上工业增加值同比-2.1%。")
    assert [(r.indicator, r.value, r.growth_pct, r.growth_kind) for r in rows] == [
        ("商品房销售面积", 386.5, -18.6, "yoy"), ("商品房销售额", 352.1, 2.3, "yoy"),
        ("规模以上工业增加值增速", -2.1, -2.1, "yoy")]
    assert rows_of("商品房销售面积386.5万平方米，-18.6%。")[0].growth_pct is None  # no comparison, no rate


def test_a_zone_spoken_of_as_园区_is_the_one_the_sentence_before_named_if_a_zone():
    rows = rows_of("2022年，鹤湖高新区实现企业总收入1.46万亿元。园区现有高新技术企业6120家。"
                   "2022年，锦屏高新区完成地区生产总值3105亿元。园区累计培育上市企业58家。"
                   "全市高新技术企业9000家。园区高新技术企业1200家。", title="国家高新区巡礼")
    assert [r.subject for r in rows] == ["鹤湖高新区", "鹤湖高新区", "锦屏高新区", "锦屏高新区", "国家高新区", "国家高新区"]


def test_a_city_opening_the_title_without_its_suffix_is_the_main_subject():
    rows = rows_of("截至6月末，苏州境内外上市公司总数达到213家。", title="苏州科创板上市企业增至41家")
    assert [(r.indicator, r.subject) for r in rows] == [("境内外上市公司总数", "苏州")]


def test_a_city_opening_a_part_of_the_title_after_its_year_is_the_main_subject():
    # 突破2万亿！2023年苏州经济数据出炉: the part after the headline figure, and its year, open with the city
    rows = rows_of("2023年，全市地区生产总值达到24653.4亿元。", title="突破2万亿！2023年苏州经济数据出炉")
    assert [(r.indicator, r.subject) for r in rows] == [("地区生产总值", "苏州")]
    assert only("全市地区生产总值达到24653.4亿元。", title="数说丨苏州这一年").subject == "苏州"


def test_a_district_the_title_names_short_and_the_text_in_full_wins_over_the_publishers_place():
    # from 江州高新区桐湾发布: 桐湾 of the title is 桐湾区, which the text names, not the account's 江州高新区
    text = "2023年，桐湾区实现地区生产总值2560.1亿元。\n财政总收入368.2亿元\n全区研发投入强度13.5%。"
    rows = rows_of(text, title="数说2023丨桐湾这份年度答卷请查收", publisher="江州高新区桐湾发布")
    assert [(r.indicator, r.subject) for r in rows] == [
        ("地区生产总值", "桐湾区"), ("财政总收入", "桐湾区"), ("研发投入强度", "桐湾区")]
    # a title opening with the city the text names as such (江州市) names the city, not its zone (江州高新区)
    text = "江州市政府新闻办举行发布会。全市科技型企业贷款余额3126.8亿元。其中，江州高新区天使投资基金规模10亿元。"
    rows = rows_of(text, title="江州召开新闻发布会", publisher="江州市人民政府新闻办公室")
    assert [r.subject for r in rows] == ["江州市", "江州高新区"]


def test_a_traditional_title_names_its_zone_as_the_text_does():
    row = only("2023年園區實現營業收入約426億元。", title="深圳河套合作區科創產業加速集聚")
    assert row.subject == "深圳河套合作区"


def test_how_much_and_when_after_an_enterprise_name_no_company():
    assert only("科创板企业上年合计实现营业收入1268.4亿元。").subject == ""


def test_a_plans_targets_in_a_review_of_the_plan_are_for_its_last_year():
    text = ("2023年，全区地区生产总值达到1082.6亿元，规划目标值为1350亿元，完成进度80.2%。"
            "城镇新增就业累计4.3万人，提前完成“十四五”累计新增5万人目标的86%。")
    rows = rows_of(text, title="澄湖区“十四五”规划中期评估报告", publish_year=2024, publish_month=3)
    assert [(r.value, r.year) for r in rows] == [(1082.6, 2023), (1350, 2025), (80.2, 2023), (4.3, 2023), (5, 2025),
                                                 (86, 2023)]
    assert only("规划目标值为1350亿元。", title="澄湖区2023年经济运行情况").year == 2023  # no plan reviewed
    title = "澄湖区国民经济和社会发展第十四个五年规划纲要实施情况中期评估报告"
    assert only("2023年，专利拥有量超额完成规划目标（18件）。", title=title).year == 2025


def test_digits_grouped_by_a_space_are_one_number():
    rows = rows_of("地区生产总值1 486.3亿元，第三产业增加值7 005.4亿元；科技型中小企业3 216家。")
    assert [(r.indicator, r.value, r.quote) for r in rows] == [
        ("地区生产总值", 1486.3, "1 486.3亿元"), ("第三产业增加值", 7005.4, "7 005.4亿元"), ("科技型中小企业", 3216, "3 216家")]


def test_a_year_in_chinese_numerals_dates_its_figures():
    rows = rows_of("二〇二三年，全市地区生产总值12036.8亿元。", title="二〇二三年青川市经济运行情况", publish_year=2024,
                   publish_month=3)
    assert [(r.year, r.subject) for r in rows] == [(2023, "青川市")]
    text = "到2025年，全社会研发经费投入强度达到3%以上。"
    assert only(text, title="云州市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要").year == 2025


def test_per_hundred_and_data_volumes_are_units():
    rows = rows_of("移动电话普及率为124.6部/百人。全年移动互联网用户接入流量96.3亿GB，比上年增长14.7%。")
    assert [(r.indicator, r.value, r.unit, r.growth_pct) for r in rows] == [
        ("移动电话普及率", 124.6, "部/百人", None), ("移动互联网用户接入流量", 96.3, "亿GB", 14.7)]


def test_a_difference_in_degrees_or_years_of_age_is_no_growth_rate():
    rows = rows_of("平均气温17.6℃，比常年偏高0.8℃；平均降水量1426毫米，比常年偏少6.5%。")
    assert [(r.value, r.unit, r.growth_pct) for r in rows] == [(17.6, "℃", None), (0.8, "℃", None), (1426, "毫米", -6.5)]


def test_a_nature_reserve_is_no_subject():
    rows = rows_of("年末共有自然保护区56个，自然保护区面积82.4万公顷。", title="岚江省统计公报")
    assert [(r.indicator, r.subject) for r in rows] == [("自然保护区", "岚江省"), ("自然保护区面积", "岚江省")]


def test_a_milestone_passed_between_a_level_and_its_rate_leaves_the_rate_the_levels():
    rows = rows_of("2023年，全市地区生产总值12036.8亿元，首次迈上1.2万亿元台阶，按不变价格计算，比上年增长6.1%。")
    assert [(r.indicator, r.value, r.qualifier, r.growth_pct) for r in rows] == [
        ("地区生产总值", 12036.8, "", 6.1), ("地区生产总值", 1.2, "over", None)]
    rows = rows_of("全市经济总量先后跨越2500亿元、3000亿元两个台阶。")
    assert [(r.indicator, r.value) for r in rows] == [("经济总量", 2500), ("经济总量", 3000)]


def test_a_price_per_square_metre_is_no_area_and_有线_is_no_verb():
    assert only("工业用地出让底价为500元/平方米。").indicator == "工业用地出让底价"
    assert only("年末全市有线电视实际用户86.4万户。").indicator == "有线电视实际用户"


def test_a_single_month_figure_carries_its_month_apart_from_the_year_to_date():
    rows = rows_of("9月份，全市社会消费品零售总额215.63亿元，同比增长7.9%；1-9月，全市社会消费品零售总额1836.54亿元。"
                   "8月当月，规上工业增加值同比增长5.9%。9月末，存款余额9.86万亿元。4月下旬，全市社会消费品零售总额52亿元。")
    assert [r.indicator for r in rows] == [
        "9月社会消费品零售总额", "社会消费品零售总额", "8月规上工业增加值增速", "存款余额", "社会消费品零售总额"]


def test_a_rate_to_date_after_a_single_months_rate_takes_its_own_period_and_is_no_total():
    rows = rows_of("3月份，宁川市工业生产者出厂价格同比下降1.2%；1-3月，累计下降0.8%。")
    assert [(r.indicator, r.growth_pct) for r in rows] == [
        ("3月工业生产者出厂价格增速", -1.2), ("1-3月工业生产者出厂价格增速", -0.8)]


def test_bullets_and_label_brackets_are_no_part_of_a_name():
    rows = rows_of("• 营业收入：1286.4亿元，同比增长9.6%\n• 固定资产投资：同比增长12.3%\n2. 规模以上工业增加值：同比增长8.8%\n"
                   "【高新技术企业】1257家\n▲ 研发投入强度 4.2%\n【上市企业】累计29家，其中前三季度新增3家\n")
    assert [r.indicator for r in rows] == ["营业收入", "固定资产投资增速", "规模以上工业增加值增速", "高新技术企业",
                                           "研发投入强度", "上市企业", "新增上市企业"]


@pytest.mark.parametrize("text", ["1.规模以上工业总产值：完成412.6亿元，同比增长7.4%。", "规模以上工业总产值：累计完成412.6亿元。"])
def test_a_label_before_a_colon_names_the_figure_its_verb_reaches(text):
    assert only(text).indicator == "规模以上工业总产值"


def test_a_qualified_change_after_a_total_is_its_change_not_the_total():
    rows = rows_of("高新技术企业总数达到2371家，较上年净增近400家。")
    assert [(r.indicator, r.qualifier) for r in rows] == [("高新技术企业总数", ""), ("高新技术企业总数增加", "approx")]


def test_budget_figures_after_an_item_are_that_items():
    rows = rows_of("全市一般公共预算收入预算数为286.5亿元，执行数为291.37亿元，完成预算的101.7%，比上年增长6.8%。"
                   "其中，教育支出78.53亿元，完成预算的98.2%。")
    assert [r.indicator for r in rows] == ["一般公共预算收入预算数", "一般公共预算收入执行数", "一般公共预算收入预算完成率",
                                           "教育支出", "教育支出预算完成率"]


def test_an_adverb_before_the_verb_after_a_counted_or_measured_thing_ends_its_name():
    assert only("总投资85亿元的华驰新能源动力电池项目正式签约落户。").indicator == "华驰新能源动力电池项目总投资"
    assert only("12家企业顺利投产。").indicator == "企业"


def test_rates_aimed_at_are_growth_targets_not_shares():
    rows = rows_of("高新区将围绕地区生产总值增长8%左右、规上工业增加值增长10%以上的目标，推动高质量发展。"
                   "确保完成全年营业收入增长8%的预期目标。地区生产总值增长目标为7%左右。")
    assert [(r.indicator, r.growth_pct, r.growth_kind) for r in rows] == [
        ("地区生产总值增速目标", 8, "yoy"), ("规上工业增加值增速目标", 10, "yoy"), ("营业收入增速目标", 8, "yoy"),
        ("地区生产总值增长目标", 7, "yoy")]


def test_a_level_reached_now_a_per_holder_count_and_a_share_of_the_whole_place_before_a_qualifier():
    rows = rows_of("临江微芯科技有限公司员工规模从2021年的400余人增长到目前的1120人。全省高新区每万名从业人员拥有发明专利186件。"
                   "高新区以占全省不到2%的土地面积，贡献了全省约三分之一的地区生产总值。")
    assert [r.indicator for r in rows] == ["员工规模", "员工规模", "每万名从业人员发明专利", "土地面积占全省比重",
                                           "地区生产总值占全省比重"]


def test_a_part_of_the_years_share_of_the_year_keeps_the_part_and_loses_how_often():
    rows = rows_of("从历年情况看，宁川市一季度工业增加值一般占全年的22%左右。")
    assert [r.indicator for r in rows] == ["一季度工业增加值占全年比重"]


def test_an_average_per_unit_is_named_with_the_unit_it_is_counted_per():
    rows = rows_of("宁川市平均每家众创空间拥有创业导师8.5人。")
    assert [r.indicator for r in rows] == ["平均每家众创空间创业导师"]


def test_zai_hui_is_under_review_and_hai_before_you_is_no_part_of_a_name():
    rows = rows_of("目前全市在会审核企业还有27家，在辅导备案企业43家。")
    assert [r.indicator for r in rows] == ["在会审核企业", "辅导备案企业"]


def test_约为_is_about_and_a_size_class_before_a_named_kind_of_firm_is_no_figure():
    rows = rows_of("软件业务收入约为820亿元。其中营业收入超亿元的高新技术企业312家。")
    assert [(r.value, r.unit, r.qualifier) for r in rows] == [(820, "亿元", "approx"), (312, "家", "")]


def test_a_zone_ranked_opens_its_sentence_and_a_mountain_county_is_no_name():
    rows = rows_of("临江高新区位列第二，全年实现营业收入4915亿元；区内拥有上市企业32家。", title="全省高新区综合评价结果发布")
    assert [r.subject for r in rows] == ["临江高新区", "临江高新区"]
    rows = rows_of("走进桐岭县经济开发区，机器轰鸣。目前全县拥有户外家具企业1100余家。",
                   title="浙西南山区县“坐”出一个200亿级户外家具产业")
    assert [r.subject for r in rows] == ["桐岭县"]


def test_a_sections_number_with_its_leading_zero_is_no_figure():
    assert [r.value for r in rows_of("02 项目落地跑出加速度\n上半年，全区新开工项目54个。")] == [54]


def test_the_day_a_work_report_was_given_dates_none_of_its_figures_and_a_year_that_is_one_governs():
    text = ("——2024年1月28日在青岚县第十八届人民代表大会第四次会议上\n"
            "2023年是全面贯彻党的二十大精神的开局之年。一年来，全县地区生产总值完成286.7亿元，增长6.2%。")
    assert only(text, title="2024年青岚县人民政府工作报告", publish_year=2024, publish_month=2).year == 2023
    text = "2024年1月28日在青岚县第十八届人民代表大会第四次会议上\n一年来，全县一般公共预算收入15.38亿元。"
    assert only(text, title="青岚县人民政府工作报告", publish_year=2024, publish_month=2).year != 2024


def test_this_year_that_is_a_key_year_dates_the_targets_after_it():
    text = ("2023年，全县地区生产总值完成286.7亿元。\n"
            "今年是实施“十四五”规划的关键一年。全县经济社会发展的主要预期目标是：地区生产总值增长6%左右，"
            "一般公共预算收入增长5%。")
    rows = rows_of(text, title="青岚县人民政府工作报告", publish_year=2024, publish_month=2)
    assert [(r.indicator, r.year) for r in rows] == [
        ("地区生产总值", 2023), ("地区生产总值增速目标", 2024), ("一般公共预算收入增速目标", 2024)]


def test_a_work_reports_dash_items_go_on_with_the_year_of_the_paragraph_before():
    text = ("2023年是本届政府任期的最后一年。一年来，全县地区生产总值完成286.7亿元。\n"
            "——产业发展提质增效。新增规上工业企业38家。\n——民生福祉持续增进。城镇新增就业6420人。")
    rows = rows_of(text, title="青岚县人民政府工作报告", publish_year=2024, publish_month=2)
    assert [r.year for r in rows] == [2023, 2023, 2023]


@pytest.mark.parametrize("opening", ["2018年宁川市实现地区生产总值386亿元。", "宁川市2018年实现地区生产总值386亿元。",
                                     "初步核算，宁川市2018年地区生产总值386亿元。", "2018年宁川市经济平稳增长。"])
def test_a_year_in_a_paragraphs_opening_clause_dates_the_paragraph_and_no_other(opening):
    text = (f"{opening}江州高新区实现营业收入120亿元，增长12%。\n新增企业30家。\n"
            "2017年，全市实现地区生产总值350亿元。\n天准光学2017年落户江州高新区，专注于镜头研发。公司实现营业收入9.7亿元。")
    rows = rows_of(text, title="宁川市政府工作报告", publish_year=2019, publish_month=1)
    assert {r.value: r.year for r in rows if r.value != 386} == {120: 2018, 30: None, 350: 2017, 9.7: None}


def test_a_place_opening_a_paragraph_is_the_subject_of_its_sentences_naming_none():
    text = ("云州市上半年实现地区生产总值2512.3亿元。\n"
            "西河市上半年实现地区生产总值1932.46亿元，同比增长5.8%。固定资产投资同比增长8.4%，实际使用外资2.36亿美元。"
            "全省规模以上工业增加值增长6.1%。\n依托高新区，北川市培育企业300家。")
    rows = rows_of(text, title="云州市等地上半年经济运行情况", publisher="湘岭省统计局")
    assert [r.subject for r in rows] == ["云州市", "西河市", "西河市", "西河市", "湘岭省", "北川市"]


def test_a_rate_per_so_many_people_keeps_its_denominator_as_unit():
    rows = rows_of("孕产妇死亡率为7.26/10万，婴儿死亡率为3.12‰。")
    assert [(r.indicator, r.value, r.unit, r.base_unit) for r in rows] == [
        ("孕产妇死亡率", 7.26, "/10万", "/10万"), ("婴儿死亡率", 3.12, "‰", "‰")]


def test_a_months_figure_after_an_average_is_the_metrics_value_that_month():
    rows = rows_of("全年全省城镇调查失业率平均值为5.3%，12月份为5.1%。")
    assert [r.indicator for r in rows] == ["城镇调查失业率平均值", "12月城镇调查失业率"]


def test_students_and_graduates_after_an_intake_are_those_of_the_intakes_schooling():
    rows = rows_of("全年研究生教育招生1.62万人，在校生4.58万人，毕业生1.24万人。普通本专科招生12.85万人，在校生43.27万人，"
                   "毕业生11.36万人。")
    assert [r.indicator for r in rows] == ["研究生教育招生", "研究生教育在校生", "研究生教育毕业生", "普通本专科招生",
                                           "普通本专科在校生", "普通本专科毕业生"]


def test_shares_listed_after_two_levels_tell_how_far_each_level_is_back():
    rows = rows_of("接待国内外游客1.25亿人次，实现旅游总收入562.3亿元，分别恢复到2019年的108.4%和103.7%。")
    assert [(r.indicator, r.value) for r in rows] == [("接待国内外游客", 1.25), ("旅游总收入", 562.3),
                                                      ("接待国内外游客恢复率", 108.4), ("旅游总收入恢复率", 103.7)]


def test_zones_had_are_counted_and_a_count_restated_as_the_subject_of_a_figure_gives_no_row():
    rows = rows_of("截至2023年底，全省共有高新区31家，其中国家高新区9家、省级高新区22家。"
                   "2023年，31家高新区实现营业收入2.86万亿元，同比增长8.4%。")
    assert [(r.indicator, r.value) for r in rows] == [("高新区", 31), ("国家高新区", 9), ("省级高新区", 22),
                                                      ("营业收入", 2.86)]


def test_a_count_before_what_it_did_is_a_row_when_not_given_before():
    rows = rows_of("2023年，31家高新区实现营业收入2.86万亿元。")
    assert [(r.indicator, r.value) for r in rows] == [("高新区", 31), ("营业收入", 2.86)]


def test_a_zone_a_clause_opens_with_qizhong_is_its_subject_and_a_part_larger_than_the_change_is_of_the_level():
    rows = rows_of("年末全市有效期内高新技术企业2864家，比上年净增386家，其中鹤林高新区1526家。",
                   title="鹤林市2023年国民经济和社会发展统计公报")
    assert [(r.indicator, r.subject) for r in rows] == [
        ("有效期内高新技术企业", "鹤林市"), ("有效期内高新技术企业增加", "鹤林市"), ("有效期内高新技术企业", "鹤林高新区")]


def test_places_listed_and_counted_keep_no_count_and_each_later_list_of_the_sentence_is_theirs_in_order():
    rows = rows_of("鹤湖、澄江、锦屏三家高新区全社会研发投入分别为412亿元、298亿元和265亿元，"
                   "占地区生产总值比重分别为15.9%、7.8%和8.5%；技术合同成交额分别达到1523亿元、386亿元和912亿元。")
    assert [r.subject for r in rows] == ["鹤湖高新区", "澄江高新区", "锦屏高新区"] * 3
    assert [r.indicator for r in rows][:6] == ["全社会研发投入"] * 3 + ["全社会研发投入占地区生产总值比重"] * 3


def test_places_ranked_first_have_the_figures_listed_after_them_in_order():
    rows = rows_of("营业收入增速排在前三位的分别是鹤源高新区、嵩北高新区和漯阳高新区，增速分别为13.2%、9.4%和9.1%。"
                   "茶叶产量居前两位的是云雾乡和龙潭镇，分别为820吨和615吨。")
    assert [(r.indicator, r.subject, r.growth_pct) for r in rows] == [
        ("营业收入增速", "鹤源高新区", 13.2), ("营业收入增速", "嵩北高新区", 9.4), ("营业收入增速", "漯阳高新区", 9.1),
        ("茶叶产量", "云雾乡", None), ("茶叶产量", "龙潭镇", None)]


def test_其中_before_a_zone_is_no_part_of_its_name_nor_is_a_zone_counted_twice():
    from viewer.core.subjects import main_subject
    assert main_subject("", "全省共有高新区31家，其中国家高新区9家、省级高新区22家。") != "中国家高新区"
    text = "苏州工业园区实现营业收入1.2万亿元。苏州工业园区新增企业800家。合肥市、合肥市、合肥市。"
    assert main_subject("", text) == "合肥市"  # three to two: the zone is not counted once more as a 区


def test_a_company_by_its_brand_name_making_an_investment_is_the_subject_of_its_figures():
    text = "同时，恒瑞康生物投资15亿元建设创新药物产业化基地，达产后年销售收入可达25亿元；三丰精机追加投资1.2亿美元。"
    rows = rows_of(text, title="南江经开区重大项目集中签约")
    assert [(r.indicator, r.subject) for r in rows] == [
        ("投资", "恒瑞康生物"), ("年销售收入", "恒瑞康生物"), ("追加投资", "三丰精机")]
    assert only("生物医药产业投资额达到20亿元。", title="南江经开区").subject == "南江经开区"


def test_what_a_rate_is_counted_per_is_part_of_its_name_not_a_figure():
    rows = rows_of("工矿商贸就业人员十万人生产安全事故死亡率为0.92人；煤矿百万吨死亡率为0.035人。常住人口1000万人，城镇化率为65%。")
    assert [(r.indicator, r.value) for r in rows] == [
        ("工矿商贸就业人员十万人生产安全事故死亡率", 0.92), ("煤矿百万吨死亡率", 0.035), ("常住人口", 1000), ("城镇化率", 65)]


def test_an_age_measured_is_a_figure_and_an_age_group_is_not():
    rows = rows_of("全市居民人均预期寿命达到79.86岁。从年龄构成看，0-15岁人口50.1万人；面向35岁以下青年人才发放补贴。")
    assert [(r.indicator, r.value, r.unit) for r in rows] == [("居民人均预期寿命", 79.86, "岁"), ("0-15岁人口", 50.1, "万人")]


def test_a_measure_named_by_years_or_days_is_counted_in_them():
    rows = rows_of("2020年，宁川市平均受教育年限由2010年的9.12年提高至10.05年，比全省高0.2个百分点。")
    assert [(r.indicator, r.value, r.unit, r.year) for r in rows] == [
        ("平均受教育年限", 9.12, "年", 2010), ("平均受教育年限", 10.05, "年", 2020)]
    rows = rows_of("2020年，宁川县平均受教育年限为8.71年，比2010年提高0.82年。平均住院日为7.9日，近3年累计新建医院2所。")
    assert [(r.indicator, r.value, r.unit) for r in rows] == [
        ("平均受教育年限", 8.71, "年"), ("平均受教育年限增加", 0.82, "年"), ("平均住院日", 7.9, "日"), ("新建医院", 2, "所")]


def test_the_change_of_an_age_measured_after_it_is_a_row_of_its_own():
    rows = rows_of("2022年，宁川市人均预期寿命为80.12岁，比2015年提高了1.35岁，60岁以上老人12万人。")
    assert [(r.indicator, r.value, r.unit) for r in rows] == [
        ("人均预期寿命", 80.12, "岁"), ("人均预期寿命增加", 1.35, "岁"), ("60岁以上老人", 12, "万人")]


def test_a_score_is_a_figure_in_分_and_minutes_are_not():
    rows = rows_of("临峰高新区综合得分96.52分，连续三年位居全市第一。审批时间压缩至30分钟。", title="开发区考核结果")
    assert [(r.indicator, r.value, r.unit, r.subject) for r in rows] == [("综合得分", 96.52, "分", "临峰高新区")]


def test_a_satisfaction_or_an_index_in_分_is_a_score():
    rows = rows_of("宁川市企业满意度达到98.6分，营商环境指数为86.2分。满意度调查用时3分钟，结果一分为二看。")
    assert [(r.indicator, r.value, r.unit) for r in rows] == [("企业满意度", 98.6, "分"), ("营商环境指数", 86.2, "分")]


def test_the_score_a_place_is_ranked_by_is_a_figure():
    rows = rows_of("南江经开区以94.81分位居综合排名第1，临峰高新区、东坪经开区分别以93.57分、92.04分位列第2、第3。"
                   "本区以3分之差位列第二。", title="全省开发区考核结果")
    assert [(r.indicator, r.value, r.unit, r.subject) for r in rows] == [
        ("综合得分", 94.81, "分", "南江经开区"), ("综合得分", 93.57, "分", "临峰高新区"), ("综合得分", 92.04, "分", "东坪经开区")]
    assert only("在年度考核中，本区以96.5分列全市第一。").indicator == "得分"
    # 以综合得分92.6分位列全省第2位: the score named after its 以, not the words of the rank after it
    assert only("江州高新区以综合得分91.3分位列全省第4位。").indicator == "综合得分"

def test_a_legal_name_after_where_it_stands_starts_after_的():
    text = "走进位于桐宇市云谷软件园的星衡科技股份有限公司展厅。星衡科技股份有限公司2023年实现营业收入27.6亿元。"
    assert only(text).subject == "星衡科技股份有限公司"


def test_a_thing_firms_have_or_where_they_are_is_no_company_and_a_clause_naming_its_own_item_keeps_it():
    rows = rows_of("2023年，榆泉高新区新获批全国重点实验室1家，国家企业技术中心累计达到9家。"
                   "新设外资企业42家，世界500强企业在区内投资项目累计达到56个。")
    assert [(r.indicator, r.value, r.subject) for r in rows] == [
        ("新获批全国重点实验室", 1, "榆泉高新区"), ("国家企业技术中心", 9, "榆泉高新区"),
        ("新设外资企业", 42, "榆泉高新区"), ("世界500强企业投资项目", 56, "榆泉高新区")]


def test_the_noun_after_a_count_ends_before_the_verb_of_what_was_done():
    rows = rows_of("2023年，全市6家省级以上开发区坚持以“亩均论英雄”为导向，共实现规模以上工业总产值3862.4亿元。"
                   "全区12家重点企业围绕主导产业开展技术攻关。5家园区以数字化转型为重点。")
    assert [(r.indicator, r.value) for r in rows] == [
        ("省级以上开发区", 6), ("规模以上工业总产值", 3862.4), ("重点企业", 12), ("园区", 5)]


def test_an_amount_raised_or_lowered_after_a_level_is_its_change():
    rows = rows_of("亩均税收达到38.6万元，同比提高4.2万元。人均可支配收入52000元，比上年提升3100元。"
                   "单位能耗成本12.5万元，较上年降低0.8万元。")
    assert [(r.indicator, r.value) for r in rows] == [
        ("亩均税收", 38.6), ("亩均税收增加", 4.2), ("人均可支配收入", 52000), ("人均可支配收入增加", 3100),
        ("单位能耗成本", 12.5), ("单位能耗成本减少", 0.8)]
    rows = rows_of("亩均税收达到38.6万元，同比提高4.2万元，增长12.2%。")
    assert [(r.indicator, r.value, r.growth_pct) for r in rows] == [("亩均税收", 38.6, 12.2), ("亩均税收增加", 4.2, None)]


def test_a_新增_opening_a_list_of_counts_is_each_items():
    rows = rows_of("新增国家级专精特新“小巨人”企业8家、省级专精特新中小企业65家。"
                   "全年新增规上工业企业120家以上、高新技术企业150家以上。新增企业8家、引进人才50名。")
    assert [(r.indicator, r.value) for r in rows] == [
        ("新增国家级专精特新小巨人企业", 8), ("新增省级专精特新中小企业", 65),
        ("新增规上工业企业", 120), ("新增高新技术企业", 150), ("新增企业", 8), ("引进人才", 50)]


def test_我县_is_no_part_of_a_name_and_a_value_five_years_before_is_the_same_metric():
    rows = rows_of("去年，我县地区生产总值完成312.6亿元，较五年前的221.4亿元增加91.2亿元。", title="石泷县经济综述")
    assert [(r.indicator, r.value) for r in rows] == [("地区生产总值", 312.6), ("地区生产总值", 221.4),
                                                      ("地区生产总值增加", 91.2)]


def test_a_share_listed_after_another_is_of_its_own_whole():
    rows = rows_of("高新技术企业总数达到1873家，占全市的58.1%、全省的11.4%。")
    assert [r.indicator for r in rows] == ["高新技术企业总数", "高新技术企业总数占全市比重", "高新技术企业总数占全省比重"]


def test_a_listed_group_or_a_trade_before_its_verb_owns_the_metric():
    rows = rows_of("新一代信息技术、高端装备、生物医药三大主导产业实现营业收入2714.5亿元。对外承包工程完成营业额4.37亿美元。")
    assert [r.indicator for r in rows] == ["三大主导产业营业收入", "对外承包工程营业额"]
    rows = rows_of("江州高新区光电子、智能制造、新材料等重点产业实现产值865亿元。")
    assert [r.indicator for r in rows] == ["重点产业产值"]


def test_the_noun_after_a_count_ends_before_what_the_things_gather():
    rows = rows_of("全省12家国家高新区集聚高新技术企业9874家。")
    assert [(r.indicator, r.value) for r in rows] == [("国家高新区", 12), ("高新技术企业", 9874)]


def test_the_start_of_a_change_has_no_year_of_its_own_unless_one_is_said():
    rows = rows_of("2024年，全县城镇化率由48.2%提高到56.7%，高新技术企业由2020年的142家增加到236家。")
    assert [(r.value, r.year) for r in rows] == [(48.2, None), (56.7, 2024), (142, 2020), (236, 2024)]


def test_a_census_standard_time_point_dates_its_figures_and_a_base_keeps_its_year():
    text = ("宁川市第七次全国人口普查公报\n根据第七次全国人口普查结果，现将2020年11月1日零时我市常住人口的基本情况公布如下：\n"
            "全市常住人口为386.5万人，与2010年第六次全国人口普查的351.2万人相比，增加35.3万人。\n"
            "全市共有家庭户140.2万户，平均每个家庭户的人口为2.51人，比2010年第六次全国人口普查的2.86人减少0.35人。")
    rows = rows_of(text, publish_year=2021, publish_month=5)
    assert [(r.value, r.year) for r in rows] == [
        (386.5, 2020), (351.2, 2010), (35.3, 2020), (140.2, 2020), (2.51, 2020), (2.86, 2010), (0.35, 2020)]
    text = ("江州高新区第五次全国经济普查公报\n江州高新区以2023年12月31日为标准时点开展了第五次全国经济普查。\n"
            "全区共有法人单位12468个，从业人员28.76万人。")
    assert [(r.value, r.year) for r in rows_of(text, publish_year=2025, publish_month=2)] == [(12468, 2023), (28.76, 2023)]


def test_a_rule_in_force_from_a_midnight_dates_no_figure():
    row = only("宁川市普查办通知：自2024年1月1日零时起，全市新建小区8个。", publish_year=2025, publish_month=3)
    assert row.year is None


def test_a_change_said_with_wei_reaches_a_level_not_a_rate():
    rows = rows_of("2022年，宁川市文盲率由3.12%下降为2.05%，森林覆盖率提高为46.3%，绿地率降为38.5%。")
    assert [(r.indicator, r.value, r.unit, r.year, r.growth_pct) for r in rows] == [
        ("文盲率", 3.12, "%", None, None), ("文盲率", 2.05, "%", 2022, None),
        ("森林覆盖率", 46.3, "%", 2022, None), ("绿地率", 38.5, "%", 2022, None)]
    rate = only("2022年，宁川市单位生产总值能耗同比下降为3.1%。")  # a comparison before it: still the rate
    assert (rate.value, rate.growth_pct, rate.growth_kind) == (-3.1, -3.1, "yoy")


def test_the_start_of_a_change_so_many_years_back_is_dated_back_from_the_sentences_year():
    text = ("去年，我县地区生产总值完成312.6亿元，较五年前的221.4亿元增加91.2亿元。"
            "与五年前相比，全县一般公共预算收入由9.8亿元增加到15.3亿元。")
    assert [(r.value, r.year) for r in rows_of(text, publish_year=2024)] == [
        (312.6, 2023), (221.4, 2018), (91.2, 2023), (9.8, 2018), (15.3, 2023)]


def test_figures_a_sentence_lists_as_its_targets_are_named_as_targets():
    text = ("今年经济社会发展的主要预期目标是：地区生产总值增长6%左右，力争达到290亿元；新增高新技术企业60家以上，"
            "总数突破400家。去年完成年度目标的102%。")
    assert [r.indicator for r in rows_of(text)] == [
        "地区生产总值增速目标", "地区生产总值目标", "新增高新技术企业目标", "高新技术企业总数目标", "年度目标完成率"]


def test_an_aim_between_a_metric_and_its_figure_is_no_part_of_the_name():
    assert only("技术合同成交额力争达到25亿元。").indicator == "技术合同成交额目标"
    assert "目标" not in only("争取上级资金12.6亿元。").indicator  # funds obtained, no aim


def test_an_undated_entry_is_about_the_one_year_its_opening_names_beside_the_zones_founding():
    text = ("【概况】南湖高新区1998年设立，2015年升级为国家级高新区。2023年，南湖高新区完成地区生产总值318.6亿元。\n"
            "【经济运行】全年规模以上工业企业达到248家。")
    assert [(r.value, r.year) for r in rows_of(text)] == [(318.6, 2023), (248, 2023)]
    undated = "今年，丰禾县桃源镇粮食播种面积8.6万亩。2022年，青石村村集体经济收入达到126万元。"
    assert [r.year for r in rows_of(undated)] == [None, 2022]  # which year 今年 is, nothing says


def test_a_months_rate_after_其中_takes_the_metric_of_the_sentence_before():
    rows = rows_of("1-10月，全省规模以上工业增加值同比增长6.9%。其中，10月份增长8.1%。"
                   "1-10月，全省居民消费价格同比上涨0.4%。其中，10月份同比上涨0.2%，环比下降0.3%。")
    assert [(r.indicator, r.value) for r in rows] == [
        ("规模以上工业增加值增速", 6.9), ("10月规模以上工业增加值增速", 8.1), ("居民消费价格增速", 0.4),
        ("10月居民消费价格增速", 0.2), ("10月居民消费价格环比增速", -0.3)]


def test_a_month_after_其中_in_the_clause_of_its_rate_names_that_month():
    rows = rows_of("前三季度，江州高新区规模以上工业增加值增长7.6%，其中9月份增长8.4%。")
    assert [r.indicator for r in rows] == ["规模以上工业增加值增速", "9月规模以上工业增加值增速"]


@pytest.mark.parametrize("text", ["工业投资增长18.6%；总量占全区的三分之一以上。", "工业投资增长18.6%，规模占全区的34%。"])
def test_the_amount_a_share_is_of_after_a_rate_is_the_amount_of_the_metric_whose_rate_it_was(text):
    assert rows_of(text)[1].indicator == "工业投资占全区比重"


@pytest.mark.parametrize("months", ["1—5月", "1-5月"])
def test_a_rate_over_the_months_to_date_glued_to_its_period_is_the_metric_before_it(months):
    rows = rows_of(f"5月份，宁川市居民消费价格同比上涨0.6%，{months}累计上涨0.3%。")
    assert [r.indicator for r in rows] == ["5月居民消费价格增速", f"{months}居民消费价格增速"]


def test_a_month_after_a_topic_label_names_the_figures_of_its_sentence():
    rows = rows_of("物价：3月份，宁川市居民消费价格同比持平，环比上涨0.5%。")
    assert [r.indicator for r in rows] == ["3月居民消费价格增速", "3月居民消费价格环比增速"]


def test_a_months_level_after_其中_takes_the_metric_of_the_sentence_before():
    rows = rows_of("1-8月，江州高新区规模以上工业总产值完成412.6亿元，同比增长7.4%。其中，8月份完成58.2亿元，增长6.1%。")
    assert [(r.indicator, r.value, r.growth_pct) for r in rows] == [
        ("规模以上工业总产值", 412.6, 7.4), ("8月规模以上工业总产值", 58.2, 6.1)]


def test_a_figure_named_by_nothing_takes_the_metric_of_the_clause_before_it():
    rows = rows_of("汽车类零售额在以旧换新政策带动下，10月份增长12.4%。其中，电子信息产业产值增长最快，同比增长16.2%。"
                   "先进制造与自动化领域企业数量最多，达到74家。")
    assert [(r.indicator, r.value) for r in rows] == [
        ("10月汽车类零售额增速", 12.4), ("电子信息产业产值增速", 16.2), ("先进制造与自动化领域企业数量", 74)]


def test_a_change_from_a_base_year_is_named_without_the_comparison():
    rows = rows_of("过去五年，鹤溪县地区生产总值较2020年增加92.4亿元，年均增长6.5%。"
                   "全市有效期内高新技术企业总数达到826家，较2023年底净增112家，增幅15.7%。")
    assert [(r.indicator, r.value) for r in rows] == [
        ("地区生产总值增加", 92.4), ("有效期内高新技术企业总数", 826), ("有效期内高新技术企业总数增加", 112)]


def test_a_yearbook_section_label_is_no_part_of_a_name():
    rows = rows_of("【经济运行】全年规模以上工业企业达到248家。\n【科技创新】全年全社会研究与试验发展（R&D）经费支出13.2亿元。")
    assert [(r.indicator, r.value) for r in rows] == [
        ("规模以上工业企业", 248), ("全社会研究与试验发展（R&D）经费支出", 13.2)]


def test_a_places_内_goes_with_the_place_and_a_bracket_closing_starts_no_name():
    rows = rows_of("2023年,国家高新区内国家高新技术企业数量达到18.6万家。"
                   "本次评价对全省纳入统计的44家高新区(含国家高新区9家、省级高新区35家)进行了综合评价。",
                   title="国家高新区统计数据发布")
    assert [(r.indicator, r.value) for r in rows] == [
        ("国家高新技术企业数量", 18.6), ("高新区", 44), ("国家高新区", 9), ("省级高新区", 35)]


def test_the_count_of_a_list_before_its_shared_noun_is_no_part_of_each_name():
    rows = rows_of("全市装备制造、新材料两大产业集群营业收入分别达到2860亿元、1540亿元。"
                   "新能源汽车零部件、光电信息、生物医药三大产业分别实现产值198.5亿元、156.2亿元、64.8亿元。")
    assert [r.indicator for r in rows] == [
        "装备制造产业集群营业收入", "新材料产业集群营业收入", "新能源汽车零部件产业产值", "光电信息产业产值", "生物医药产业产值"]


def test_a_verb_taking_a_place_is_no_part_of_its_name():
    rows = rows_of("园区规划面积56平方公里。金溪高新区距金溪市中心城区8公里，距九江港城西港区120公里。金溪高铁站距园区仅12公里。",
                   title="投资金溪高新区 共赢发展新未来")
    assert [r.subject for r in rows] == ["金溪高新区"] * 4
    rows = rows_of("2024年，青峰高新区全年实施重点项目112个。其中，列入省重点项目9个，完成投资27.5亿元。")
    assert [r.subject for r in rows] == ["青峰高新区"] * 3
    rows = rows_of("江州高新技术产业开发区始建于1992年，2010年经国务院批准升级为国家高新技术产业开发区，规划面积68.5平方公里。")
    assert [r.subject for r in rows] == ["江州高新技术产业开发区"]
    rows = rows_of("成功举办南湖高新区（深圳）招商推介会等专题活动16场次。", title="南湖高新区招商引资工作综述")
    assert [r.subject for r in rows] == ["南湖高新区"]
    rows = rows_of("目前园区在孵企业达到168家。入驻企业平均研发投入占营业收入比重达到18.6%。",
                   title="走进位于星湾高新区核心区的星湾科创园")
    assert all(not r.subject.startswith(("位于", "平均")) for r in rows)


def test_全区_after_a_place_of_that_level_in_its_paragraph_is_that_place():
    rows = rows_of("赵磊:2023年,郑州高新区实现地区生产总值812.6亿元,同比增长7.1%;一般公共预算收入51.2亿元。"
                   "全区净增高新技术企业312家,总数达到1850家。", title="河南省科技厅举行全省高新区高质量发展新闻发布会")
    assert [r.subject for r in rows] == ["郑州高新区"] * 4
    rows = rows_of("1月以来,江苏各设区市陆续召开人代会。\n\n"
                   "苏州市市长表示,苏州2023年实现地区生产总值2.47万亿元,增长4.6%。全市高新技术企业达到1.57万家。\n\n"
                   "无锡市政府工作报告显示,去年全市地区生产总值15456.19亿元,增长6%。\n\n"
                   "徐州方面,2023年全市地区生产总值9038.9亿元,同比增长6.2%。", title="地方两会观察")
    assert [r.subject.rstrip("市") for r in rows] == ["苏州", "苏州", "无锡", "徐州"]
    assert "各" not in TextContext("1月以来,江苏各设区市陆续召开人代会。苏州市市长表示…", title="地方两会观察").main_subject


def test_places_listed_before_分别_and_a_deed_each_take_their_figure():
    rows = rows_of("从区域分布看，云阳高新区通过认定企业79家，临江县、宁山区分别通过认定41家、33家。")
    assert [(r.indicator, r.value, r.subject) for r in rows] == [
        ("通过认定企业", 79, "云阳高新区"), ("通过认定企业", 41, "临江县"), ("通过认定企业", 33, "宁山区")]


def test_全省_opening_a_clause_is_the_province_the_text_names_not_the_zone_its_title_names():
    rows = rows_of("湖南省科技厅近日发布评价结果。长沙高新区2023年实现技工贸总收入4238.5亿元。\n"
                   "从整体看,全省高新区2023年实现营业收入2.64万亿元,同比增长8.1%;实现高新技术产业增加值7230亿元。",
                   title="2023年度全省高新区综合评价结果出炉 长沙高新区蝉联第一")
    assert [r.subject for r in rows] == ["长沙高新区", "湖南省", "湖南省"]


def test_a_city_papers_name_is_the_place_of_its_whole_city_figures():
    text = "2024年，全市地区生产总值达到5126.38亿元，同比增长5.8%。"
    assert only(text, title="去年我市地区生产总值突破5000亿元", publisher="潍川日报").subject == "潍川市"
    assert only(text, title="我市经济稳中向好", publisher="潍川晚报社").subject == "潍川市"
    for national in ("人民日报", "经济日报", "科技日报", "中国高新技术产业导报", "中国经济时报", "浙江日报", "光明日报"):
        assert only(text, title="去年我市地区生产总值突破5000亿元", publisher=national).subject == ""


def test_a_place_inside_a_book_title_names_a_document_not_whose_figures_follow():
    # 《江州省2024年重点建设项目名单》 names the list; 我市 in 潍川日报 is 潍川市, and a project's 产业园 named once
    # is not what the article is about
    text = ("日前，省发展改革委印发《江州省2024年重点建设项目名单》，我市共有58个项目入选，年度计划投资412.6亿元。"
            "从项目类别看，先进制造业项目21个。其中，星川智能制造产业园项目总投资35亿元。")
    rows = rows_of(text, title="我市58个项目列入省重点项目", publisher="潍川日报")
    assert [(r.value, r.subject) for r in rows] == [
        (58, "潍川市"), (412.6, "潍川市"), (21, "潍川市"), (35, "星川智能制造产业园")]


def test_a_place_listed_with_others_is_not_the_place_a_whole_city_after_them_stands_for():
    # 宁川经开区、东坪市先进制造业开发区分别位列…: 东坪市 is one of a list; 全市 is the paper's city
    text = ("宁川经开区综合得分91.26分。我市其他开发区中，宁川经开区、东坪市先进制造业开发区分别位列第11位和第19位。"
            "全市4个开发区共完成规上工业营业收入2876亿元。")
    rows = rows_of(text, title="宁川经开区位列全省第三", publisher="潍川日报")
    assert [(r.value, r.subject) for r in rows if r.value in (4, 2876)] == [(4, "潍川市"), (2876, "潍川市")]


def test_an_office_acting_with_another_names_no_place_and_a_provinces_paper_names_its_whole_province():
    # 省商务厅会同省发展改革委: offices, no place 商务厅会同省; 全省 in 江西日报 is 江西省
    text = ("近日，省商务厅会同省发展改革委等部门，完成了全省开发区考核评价工作。"
            "全省参评的109个开发区共实现营业收入4.86万亿元。")
    rows = rows_of(text, title="宁川经开区位居综合排名第一")
    assert {r.subject for r in rows} == {"宁川经开区"}
    rows = rows_of(text, title="宁川经开区位居综合排名第一", publisher="江西日报")
    assert {r.subject for r in rows} == {"江西省"}


def test_where_things_come_from_is_no_subject():
    # 来自粤港澳大湾区的项目…，长三角地区项目…: the origin of the zone's projects, each clause of the list
    text = "江州经开区上半年共签约项目47个。从资金来源看，来自粤港澳大湾区的项目23个，长三角地区项目9个。"
    rows = rows_of(text, title="江州经开区招商引资跑出加速度")
    assert [(r.value, r.subject) for r in rows] == [(47, "江州经开区"), (23, "江州经开区"), (9, "江州经开区")]


def test_our_citys_figures_go_to_the_publishing_bureaus_city_not_the_zone_it_names():
    text = "我市共有218家企业通过认定。从区域分布看，云阳高新区通过认定企业79家。"
    rows = rows_of(text, title="我市高新技术企业认定工作取得新突破", publisher="云阳市科学技术局高新技术科")
    assert [(r.value, r.subject) for r in rows] == [(218, "云阳市"), (79, "云阳高新区")]


def test_a_rate_on_a_like_for_like_basis_is_the_levels_year_on_year_rate():
    rows = rows_of("2024年，一般公共预算收入完成18.7亿元，同口径增长6.3%；税收收入15.2亿元，同口径同比增长5.1%。"
                   "一般公共预算支出按同口径下降2.4%。")
    assert [(r.indicator, r.value, r.growth_pct, r.growth_kind) for r in rows] == [
        ("一般公共预算收入", 18.7, 6.3, "yoy"), ("税收收入", 15.2, 5.1, "yoy"), ("一般公共预算支出增速", -2.4, -2.4, "yoy")]


def test_a_size_class_before_the_count_of_its_members_is_no_figure():
    rows = rows_of("营业收入超过千亿元的国家高新区达到105家，营业收入超过500亿元的园区共有23家，产值超10亿元的企业增至46家。")
    assert [(r.indicator, r.value) for r in rows] == [
        ("营业收入超过千亿元的国家高新区", 105), ("营业收入超过500亿元的园区", 23), ("产值超10亿元的企业", 46)]


def test_scores_listed_after_分别_or_raised_are_scores():
    rows = rows_of("长沙高新区、株洲高新区、湘潭高新区综合得分分别为92.36分、85.71分和81.05分。岳阳高新区综合得分提升了6.8分。"
                   "办理时间缩短至3分钟。")
    assert [(r.value, r.unit) for r in rows if r.unit == "分"] == [(92.36, "分"), (85.71, "分"), (81.05, "分"), (6.8, "分")]
    assert all(r.indicator.startswith("综合得分") for r in rows if r.unit == "分")


def test_a_period_after_a_slash_is_the_units_denominator():
    rows = rows_of("最低工资标准为1850元/月。项目建成后形成正极材料产能10万吨/年。")
    assert [(r.value, r.unit, r.value_base, r.base_unit) for r in rows] == [
        (1850, "元/月", 1850, "元/月"), (10, "万吨/年", 100000, "吨/年")]


def test_a_range_of_a_figure_between_two_bounds_gives_both_though_a_class_between_them_gives_none():
    rows = rows_of("宁川市土地租金一般在600元/亩至900元/亩之间。江州高新区厂房租金在15至20元/平方米之间。"
                   "投资额在5亿元至10亿元之间的项目8个。")
    assert [(r.indicator, r.value, r.unit, r.qualifier) for r in rows] == [
        ("土地租金", 600, "元/亩", "over"), ("土地租金", 900, "元/亩", "under"),
        ("厂房租金", 15, "元/平方米", "over"), ("厂房租金", 20, "元/平方米", "under"),
        ("投资额在5亿元至10亿元之间的项目", 8, "个", "")]


def test_a_currency_named_before_the_number_keeps_its_qualifier_and_stays_out_of_the_name():
    rows = rows_of("江州高新区实际利用外资2.1亿美元（约合新台币65亿元）。宁川市累计引资超过港元300亿元，总投资约人民币50亿元。")
    assert [(r.indicator, r.value, r.unit, r.qualifier) for r in rows] == [
        ("实际利用外资", 2.1, "亿美元", ""), ("实际利用外资", 65, "亿元", "approx"),
        ("引资", 300, "亿元", "over"), ("总投资", 50, "亿元", "approx")]


def test_a_power_and_energy_pair_after_a_slash_shares_its_name():
    rows = rows_of("江州高新区新型储能装机规模达到150MW/300MWh。")
    assert [(r.indicator, r.value, r.unit) for r in rows] == [("新型储能装机规模", 150, "MW"), ("新型储能装机规模", 300, "MWh")]


def test_a_rate_per_second_minute_or_week_keeps_its_denominator():
    rows = rows_of("宁川河平均流量为18.6立方米/秒。江州高新区污水处理能力达到2.4万吨/周，地铁高峰发车3班/分钟。")
    assert [(r.value, r.unit, r.base_unit) for r in rows] == [
        (18.6, "立方米/秒", "立方米/秒"), (2.4, "万吨/周", "吨/周"), (3, "班/分钟", "班/分钟")]


def test_money_for_a_project_is_a_figure_though_a_size_class_of_projects_is_not():
    rows = rows_of("对引进的顶尖人才给予最高1000万元项目资助。全市新引进10亿元以上项目12个。")
    assert [(r.indicator, r.value, r.unit) for r in rows] == [("项目资助", 1000, "万元"), ("新引进10亿元以上项目", 12, "个")]


def test_a_measure_said_after_a_measure_of_a_crop_is_the_crops():
    rows = rows_of("全年粮食播种面积12.6万亩，总产量5.18万吨，增长1.4%。柑橘种植面积3.2万亩，产量15.6万吨，产值9.8亿元。")
    assert [(r.indicator, r.value) for r in rows] == [
        ("粮食播种面积", 12.6), ("粮食总产量", 5.18), ("柑橘种植面积", 3.2), ("柑橘产量", 15.6), ("柑橘产值", 9.8)]


def test_a_part_listed_after_a_parts_rate_shares_its_metric():
    rows = rows_of("分经济类型看，国有控股企业增加值增长5.2%，股份制企业增长7.1%，外商及港澳台商投资企业增长3.4%。"
                   "八大类价格“五涨三降”，其中食品烟酒类价格上涨1.2%，衣着类上涨0.8%，居住类下降0.3%。")
    assert [(r.indicator, r.value) for r in rows] == [
        ("国有控股企业增加值增速", 5.2), ("股份制企业增加值增速", 7.1), ("外商及港澳台商投资企业增加值增速", 3.4),
        ("食品烟酒类价格增速", 1.2), ("衣着类价格增速", 0.8), ("居住类价格增速", -0.3)]


def test_things_counted_that_passed_a_check_are_named_by_it():
    rows = rows_of("我市共有218家企业通过认定。全年有36家企业通过国家高新技术企业认定，12个项目通过验收。")
    assert [(r.indicator, r.value) for r in rows] == [
        ("通过认定企业", 218), ("国家高新技术企业", 36), ("通过验收项目", 12)]


def test_a_sum_after_a_count_of_firms_over_a_threshold_is_the_groups():
    rows = rows_of("全市产值超10亿元企业12家，合计产值506.2亿元。营收超亿元企业35家，共实现营业收入128亿元。")
    assert [(r.indicator, r.value) for r in rows] == [
        ("产值超10亿元企业", 12), ("产值超10亿元企业产值", 506.2), ("营收超亿元企业", 35), ("营收超亿元企业营业收入", 128)]


def test_amounts_listed_before_the_noun_they_share_are_named_by_it():
    rows = rows_of("对创业领军人才，按A、B、C三类分别给予300万元、200万元、100万元的创业资助。"
                   "对新引进的博士、硕士研究生，分别给予每人每年3万元、1.5万元的生活补贴。设立园区自设的5000万元种子基金。")
    assert [(r.indicator, r.value) for r in rows] == [
        ("A类创业资助", 300), ("B类创业资助", 200), ("C类创业资助", 100), ("生活补贴", 3), ("生活补贴", 1.5),
        ("种子基金", 5000)]


def test_an_amount_given_to_those_named_after_对_is_named_with_them():
    rows = rows_of("对首次认定的国家高新技术企业给予每家20万元奖励；对重新认定的，给予每家5万元奖励。")
    assert [(r.indicator, r.value) for r in rows] == [
        ("首次认定的国家高新技术企业奖励", 20), ("重新认定奖励", 5)]


def test_a_rate_after_a_list_mark_is_the_levels_as_work_reports_write_it():
    rows = rows_of("全市地区生产总值达到2468.3亿元、增长6.1%，城乡居民人均可支配收入分别达到51230元和26480元、"
                   "分别增长5.2%和7.1%。")
    assert [(r.indicator, r.value, r.growth_pct) for r in rows] == [
        ("地区生产总值", 2468.3, 6.1), ("城镇居民人均可支配收入", 51230, 5.2), ("农村居民人均可支配收入", 26480, 7.1)]


def test_places_listed_before_their_rank_have_the_figures_listed_after_it_in_order():
    rows = rows_of("评价结果显示，长沙高新区、株洲高新区、湘潭高新区位列全省前三名，综合得分分别为92.36分、85.71分和81.05分。"
                   "2023年，泊州市、桓州市、楚阳市高新技术企业数量位列全省前三，分别达到6842家、3215家和2178家。"
                   "省级高新区中，浏阳高新区、宁乡高新区分列前两名，得分分别为88.4分、84.9分。")
    assert [(r.indicator, r.value, r.subject) for r in rows] == [
        ("综合得分", 92.36, "长沙高新区"), ("综合得分", 85.71, "株洲高新区"), ("综合得分", 81.05, "湘潭高新区"),
        ("高新技术企业数量", 6842, "泊州市"), ("高新技术企业数量", 3215, "桓州市"), ("高新技术企业数量", 2178, "楚阳市"),
        ("得分", 88.4, "浏阳高新区"), ("得分", 84.9, "宁乡高新区")]


def test_a_region_opening_a_clause_is_the_subject_of_its_figures():
    text = ("2023年，178家国家高新区实现营业收入56.3万亿元。分区域看，东部地区70家国家高新区实现营业收入35.4万亿元，"
            "占全部国家高新区的62.9%；中部地区44家国家高新区实现营业收入10.6万亿元。粤港澳大湾区高新技术企业达到7.5万家，"
            "长三角地区研发投入强度为3.2%。")
    rows = rows_of(text, title="2023年国家高新区发展态势良好")
    assert [(r.value, r.subject) for r in rows] == [
        (178, "国家高新区"), (56.3, "国家高新区"), (70, "东部地区"), (35.4, "东部地区"), (62.9, "东部地区"),
        (44, "中部地区"), (10.6, "中部地区"), (7.5, "粤港澳大湾区"), (3.2, "长三角地区")]
    assert [r.indicator for r in rows][-2:] == ["高新技术企业", "研发投入强度"]


def test_a_long_zone_name_or_a_regions_cities_opening_a_sentence_are_its_subject():
    text = ("2023年深圳高新区实现营业收入2.18万亿元。前海深港现代服务业合作区去年实际使用港资58.3亿美元，按年增长约15%。"
            "珠三角九市去年地区生产总值合计约11.02万亿元。本土电商平台桐享购去年交易额达到320亿元。")
    rows = rows_of(text, title="深圳高新区去年营收逾两万亿")
    assert [(r.indicator, r.value, r.subject) for r in rows] == [
        ("营业收入", 2.18, "深圳高新区"), ("实际使用港资", 58.3, "前海深港现代服务业合作区"),
        ("地区生产总值", 11.02, "珠三角九市"), ("交易额", 320, "深圳高新区")]


def test_a_park_named_as_a_science_or_startup_park_is_a_place():
    rows = rows_of("星湾科创园目前出租率保持在92%左右。星湾创业园入驻企业达到120家。", title="园区观察")
    assert [(r.indicator, r.subject) for r in rows] == [("出租率", "星湾科创园"), ("入驻企业", "星湾创业园")]
    text = "走进位于星湾高新区核心区的星湾科创园，处处涌动着创新创业的热潮。\n\n目前园区在孵企业达到168家。"
    assert only(text).subject == "星湾科创园"  # where it lies is not what the article is about
    assert only(text, title="五年蝶变！这个科创园跑出孵化“加速度”").subject == "星湾科创园"
    assert only("苏州工业园区实现营业收入1.2万亿元。", title="园区观察").subject == "苏州工业园区"
    assert only("临江高新区实现营业收入4915亿元。", title="园区观察").subject == "临江高新区"


def test_a_sum_over_the_years_a_review_spans_has_no_year_but_the_levels_it_reaches_do():
    text = ("2023年，全区实现地区生产总值768.3亿元。\n过去五年，是极不平凡的五年。五年累计完成固定资产投资1380亿元。"
            "高新技术企业达到702家。新建、改扩建中小学32所，建成区面积扩大到48平方公里。")
    assert [(r.value, r.year) for r in rows_of(text, publish_year=2024, publish_month=2)] == [
        (768.3, 2023), (1380, None), (702, 2023), (32, None), (48, 2023)]


@pytest.mark.parametrize("span", ["“十五”期间", "“十三五”时期", "“十四五”以来"])
def test_a_sum_over_a_five_year_plan_has_no_year(span):
    text = (f"2005年，区内实现工业总产值1205亿元。\n{span}，高新区累计完成基础设施投资86亿元，新建标准厂房120万平方米。"
            "高新技术企业达到300家。")
    assert [(r.value, r.year) for r in rows_of(text, publish_year=2006, publish_month=3)] == [
        (1205, 2005), (86, None), (120, None), (300, 2005)]


def test_changes_listed_after_a_dated_change_run_over_its_years():
    text = ("十年来，地区生产总值由2012年的128.6亿元增长到2022年的412.3亿元；规模以上工业总产值由186亿元增长到728亿元。")
    assert [(r.value, r.year) for r in rows_of(text)] == [(128.6, 2012), (412.3, 2022), (186, 2012), (728, 2022)]


@pytest.mark.parametrize("opening", ["今年1—2月，", "今年1-2月，", "2024年1—2月，", "今年以来，", "1—2月，"])
def test_a_time_clause_of_this_year_opening_a_paragraph_dates_its_later_sentences(opening):
    rows = rows_of(f"{opening}全市规模以上工业增加值同比增长7.1%。规模以上工业企业实现营业收入486.3亿元，同比增长5.6%。",
                   publish_year=2024, publish_month=3)
    assert [(r.value, r.year) for r in rows] == [(7.1, 2024), (486.3, 2024)]


def test_two_long_names_joined_by_和_are_a_list_for_分别_and_their_totals():
    rows = rows_of("一季度，临江高新区国家级专精特新“小巨人”企业和省级专精特新中小企业分别新增3家和46家，"
                   "总数分别达到27家和215家。")
    assert [(r.indicator, r.value) for r in rows] == [
        ("新增国家级专精特新小巨人企业", 3), ("新增省级专精特新中小企业", 46),
        ("国家级专精特新小巨人企业总数", 27), ("省级专精特新中小企业总数", 215)]


def test_a_span_of_years_with_来_goes_whole_from_a_name():
    rows = rows_of("五年来民生支出累计达到148亿元，占一般公共预算支出的比重保持在75%以上。")
    assert [(r.indicator, r.value) for r in rows] == [
        ("民生支出", 148), ("民生支出占一般公共预算支出比重", 75)]



def test_a_span_of_years_within_which_a_figure_is_reached_goes_whole_from_a_name():
    rows = rows_of("江州高新区新材料项目建成后，预计3年内产值突破50亿元，两年内税收超过2亿元。")
    assert [r.indicator for r in rows] == ["产值", "税收"]


def test_the_time_a_change_is_counted_from_is_no_part_of_the_name():
    rows = rows_of("2023年，全区高新技术企业由升级之初的36家增长到近千家。")
    assert [(r.indicator, r.value) for r in rows] == [("高新技术企业", 36), ("高新技术企业", 1000)]


def test_an_area_extended_to_a_size_keeps_its_name():
    rows = rows_of("2023年，建成区面积由12平方公里扩展到48平方公里，园区面积由5平方公里拓展至20平方公里。")
    assert [(r.indicator, r.value, r.year) for r in rows] == [
        ("建成区面积", 12, None), ("建成区面积", 48, 2023), ("园区面积", 5, None), ("园区面积", 20, 2023)]


def test_an_industry_that_gathers_firms_owns_their_count_and_output():
    rows = rows_of("电子信息产业集聚企业近200家，2022年实现产值112亿元。")
    assert [(r.indicator, r.value) for r in rows] == [("电子信息产业企业", 200), ("电子信息产业产值", 112)]


def test_the_pronoun_其_is_no_part_of_a_name():
    rows = rows_of("2023年，宁德时代江城基地投产，其储能电池出货量达到1.2GWh。其他企业营业收入12亿元。")
    assert [r.indicator for r in rows] == ["储能电池出货量", "其他企业营业收入"]


def test_a_share_said_of_the_clause_before_is_of_its_metric():
    rows = rows_of("2023年，全县规上工业企业数量少，仅占全市的4.2%。")
    assert [(r.indicator, r.value) for r in rows] == [("规上工业企业数量占全市比重", 4.2)]


def test_the_whole_a_count_is_among_is_named_without_its_中():
    rows = rows_of("全市41个工业行业大类中，有29个行业增加值保持增长。全市普通高中48所。")
    assert [(r.indicator, r.value) for r in rows] == [
        ("工业行业大类", 41), ("增加值增长行业", 29), ("普通高中", 48)]


def test_an_economic_development_zone_opening_a_name_is_no_part_of_it():
    rows = rows_of("2023年，经开区共安排市级重点项目57个，截至目前已完成投资187.3亿元。经开区地区生产总值达到1027亿元。"
                   "高新区实现地区生产总值612.4亿元。")
    assert [(r.indicator, r.value) for r in rows] == [
        ("市级重点项目", 57), ("投资", 187.3), ("地区生产总值", 1027), ("地区生产总值", 612.4)]


def test_a_modifier_before_建设_and_the_共_of_共建_stay_in_a_name():
    rows = rows_of("全区拥有高校11所，其中“双一流”建设高校2所。全市实施省重点建设项目86个。该区累计共建联合实验室23个。")
    assert [r.indicator for r in rows] == ["高校", "双一流建设高校", "省重点建设项目", "共建联合实验室"]


@pytest.mark.parametrize("title, subject", [
    ("写在宛平高新区升级国家高新区十周年之际", "宛平高新区"),
    ("宛平高新区获批国家高新区二十年", "宛平高新区"),
    ("热烈庆祝宛平高新区建区三十周年", "宛平高新区"),
    ("宛平高新区晋升国家高新区十周年", "宛平高新区"),
    ("写在宛平高新区建区十周年之际", "宛平高新区"),
])
def test_an_anniversary_title_names_the_zone_not_the_step_it_took(title, subject):
    assert only("十年来，全区科技型中小企业达到1420家。", title=title).subject == subject


def test_a_company_named_in_full_or_by_its_suffix_before_a_period_is_the_subject():
    row = only("华宸新能源科技有限公司前三季度实现营业收入128.6亿元。", title="园区观察")
    assert (row.indicator, row.subject) == ("营业收入", "华宸新能源科技有限公司")
    row = only("华宸公司前两个月实现营业收入12.6亿元。", title="园区观察")
    assert (row.indicator, row.subject) == ("营业收入", "华宸公司")
    rows = rows_of("记者了解到，该区龙头企业华宸新能源科技有限公司今年前三季度实现营业收入128.6亿元，同比增长41%，"
                   "动力电池出货量约24GWh。", title="园区观察")
    assert [(r.indicator, r.subject) for r in rows] == [
        ("营业收入", "华宸新能源科技有限公司"), ("动力电池出货量", "华宸新能源科技有限公司")]


def test_a_short_company_name_by_its_industry_ending_before_a_deed_is_the_subject():
    text = ("一季度，临江高新区实现营业收入612.4亿元。华芯半导体完成产值18.6亿元，同比增长32.4%。"
            "临江华芯微电子完成营业收入12.3亿元。临江华芯半导体一季度实现产值18.6亿元，新增订单超过5亿元。")
    rows = rows_of(text, title="临江高新区一季度经济运行")
    assert [(r.indicator, r.subject) for r in rows] == [
        ("营业收入", "临江高新区"), ("产值", "华芯半导体"), ("营业收入", "临江华芯微电子"),
        ("产值", "临江华芯半导体"), ("新增订单", "临江华芯半导体")]
    rows = rows_of("全区电子信息产业完成产值860亿元。半导体产业实现产值120亿元。其中，汽车电子实现产值56亿元，"
                   "光伏新能源完成产值32亿元。", title="临江高新区一季度经济运行")
    assert [r.subject for r in rows] == ["临江高新区"] * 4


def test_an_institute_named_in_full_and_then_as_该院_is_the_subject_of_its_figures():
    text = ("全区各类人才总量达到12.6万人。嘉禾中科智能装备研究院是人才集聚的缩影。该院成立5年来，引进和培养硕博士研究人员320余名，"
            "孵化科技型企业42家。")
    rows = rows_of(text, title="嘉禾高新区人才工作综述")
    assert [r.subject for r in rows] == ["嘉禾高新区", "嘉禾中科智能装备研究院", "嘉禾中科智能装备研究院"]
    rows = rows_of("嘉禾中科智能装备研究院累计引进硕博士研究人员320余名，孵化科技型企业42家。该所累计申请专利80件。",
                   title="嘉禾高新区人才工作综述")
    assert [(r.indicator, r.subject) for r in rows] == [
        ("引进硕博士研究人员", "嘉禾中科智能装备研究院"), ("孵化科技型企业", "嘉禾中科智能装备研究院"),
        ("申请专利", "嘉禾高新区")]  # 该所 refers to an institute (研究所) the text has not named
    rows = rows_of("全区拥有国家重点实验室12家，省级工程研究院8家。新型研发机构研究院累计孵化企业30家。",
                   title="嘉禾高新区人才工作综述")
    assert {r.subject for r in rows} == {"嘉禾高新区"}


def test_a_year_opening_a_sentence_does_not_swallow_the_zone_after_it():
    row = only("2023年深圳国家高新区实现营业收入2.18万亿元。", title="深圳高新区去年营收逾两万亿")
    assert (row.indicator, row.subject) == ("营业收入", "深圳国家高新区")
    row = only("2023年上半年苏州市实现地区生产总值1.14万亿元。", title="园区观察")
    assert (row.indicator, row.subject) == ("地区生产总值", "苏州市")


def test_those_working_in_the_place_keep_the_place_in_their_name():
    assert only("目前在区工作外籍人才1300余人。").indicator == "在区工作外籍人才"
    assert only("在园区就业人员达到5.2万人。").indicator == "在园区就业人员"
    assert only("在园区注册企业1200家。").indicator == "注册企业"


def test_a_kind_alone_after_a_count_names_a_part_of_the_things_counted():
    rows = rows_of("集聚两院院士14名(含全职3名)，国家级人才50名。")
    assert [r.indicator for r in rows] == ["两院院士", "全职两院院士", "国家级人才"]
    rows = rows_of("累计引进高层次人才320名，其中柔性引进45名。")
    assert [r.indicator for r in rows] == ["引进高层次人才", "柔性引进高层次人才"]


def test_things_counted_then_what_they_did_at_a_place_are_named_by_the_deed():
    assert only("另有12家企业已在证监局辅导备案。").indicator == "辅导备案企业"
    assert only("目前有5家企业在新三板挂牌交易。").indicator == "挂牌企业"
    assert only("共有3家企业在科创板上市。").indicator == "上市企业"


def test_what_a_project_drove_is_named_with_带动():
    rows = rows_of("项目建成后带动产值超过40亿元，带动就业3000人。")
    assert [r.indicator for r in rows] == ["带动产值", "带动就业"]
    assert only("全区实现产值860亿元。").indicator == "产值"


def test_an_industry_of_the_classification_listing_its_parts_owns_the_measure_after_its_verb():
    rows = rows_of("江州高新区信息传输、软件和信息技术服务业实现增加值252.4亿元。交通运输、仓储和邮政业完成增加值31亿元。")
    assert [r.indicator for r in rows] == ["信息传输、软件和信息技术服务业增加值", "交通运输、仓储和邮政业增加值"]


def test_an_area_a_verb_provides_is_named_by_what_follows_it():
    rows = rows_of("明年，江州高新区将再推出30万平方米高品质产业空间。宁川市新建5.2万平方米标准厂房。")
    assert [r.indicator for r in rows] == ["高品质产业空间", "标准厂房面积"]


def test_a_recipients_cap_is_named_by_the_aid_the_sentence_gives_before_it():
    rows = rows_of("对企业技术改造贷款给予贴息，贴息比例不高于50%，单个企业最高不超过500万元。对新引进人才给予安家补贴，每人最高不超过80万元。")
    assert [(r.indicator, r.value, r.qualifier) for r in rows] == [
        ("贴息比例", 50, "under"), ("单个企业贴息", 500, "under"), ("每人安家补贴", 80, "under")]


def test_a_bullet_heading_naming_a_sector_owns_the_firms_and_industry_its_paragraph_counts():
    text = "江州科学城三大产业持续发力——\n● 集成电路\n集聚企业600余家，产业规模约占全省的15%。\n● 人工智能\n核心企业超120家，相关产业规模达330亿元。"
    assert [r.indicator for r in rows_of(text, title="江州科学城这一年")] == [
        "集成电路企业", "集成电路产业规模占全省比重", "人工智能核心企业", "人工智能产业规模"]
    # a heading above a sentence naming its own firms leaves them so
    assert only("● 集成电路\n高新技术企业600家。").indicator == "高新技术企业"


def test_有望_before_a_count_is_no_part_of_its_name():
    # 全年有望获批一类新药10个以上: "is expected to", wholly, not 有 alone (望获批一类新药)
    assert only("全年有望获批一类新药10个以上。").indicator == "获批一类新药"
    assert only("江州高新区今年有望新增企业100家。").indicator == "新增企业"


def test_a_company_named_right_after_龙头企业_is_the_subject():
    rows = rows_of("龙头企业鹤光科技2021年实现营业收入132亿元。龙头企业华晟封测2022年营收68.3亿元。"
                   "链主企业嘉禾重工实现营业收入58亿元。", title="园区观察")
    assert [(r.indicator, r.subject) for r in rows] == [
        ("营业收入", "鹤光科技"), ("营收", "华晟封测"), ("营业收入", "嘉禾重工")]
    rows = rows_of("全区龙头企业实现营业收入320亿元，龙头企业数量达到26家。", title="临江高新区经济运行")
    assert {r.subject for r in rows} == {"临江高新区"}


def test_a_company_after_the_topic_企业方面_or_named_again_without_its_公司_is_the_subject():
    # 企业方面，宁川重机…: the topic introduces the firms, as 龙头企业 does; 桐江机车公司 … 桐江机车全年…: its name, later,
    # without its 公司, after the words of time between it and its verb
    rows = rows_of("江州高新区实现营业收入860亿元。企业方面，宁川重机实现营业收入36.2亿元；江州高新区实现利润42亿元。"
                   "桐江机车公司累计出口机车500台。桐江机车全年实现营业收入21.5亿元。", title="江州高新区经济运行")
    assert [(r.indicator, r.subject) for r in rows] == [
        ("营业收入", "江州高新区"), ("营业收入", "宁川重机"), ("利润", "江州高新区"), ("出口机车", "桐江机车公司"),
        ("营业收入", "桐江机车")]
    # a place after the topic is no company (企业方面，全区…), nor a place's name a company's starts with (江州高新集团)
    rows = rows_of("企业方面，全区累计实现营收20亿元。江州高新集团实现营业收入8亿元。江州高新区新增企业120家。",
                   title="江州高新区经济运行")
    assert [r.subject for r in rows] == ["江州高新区", "江州高新集团", "江州高新区"]


def test_a_brand_name_opening_a_sentence_before_a_year_or_its_output_is_the_subject():
    rows = rows_of("嘉驰汽车2022年整车产量21.3万辆。嘉芯微电子晶圆生产线月产能达到4万片。", title="嘉平高新区经济运行")
    assert [(r.indicator, r.subject) for r in rows] == [("整车产量", "嘉驰汽车"), ("晶圆生产线月产能", "嘉芯微电子")]
    # an industry named by its field (新能源汽车, 汽车电子, 半导体材料) before the same words is no company
    rows = rows_of("新能源汽车2022年产量21.3万辆。汽车电子2022年实现产值56亿元。半导体材料月产能达到4万片。"
                   "智能网联汽车产量3.2万辆。", title="嘉平高新区经济运行")
    assert {r.subject for r in rows} == {"嘉平高新区"}
    # a place's industry (重庆汽车产量) is no company either, unless a company's accounts follow (上海电气实现营业收入)
    rows = rows_of("重庆汽车产量231.8万辆。上海电气实现营业收入1100亿元。", title="嘉平高新区经济运行")
    assert [r.subject for r in rows] == ["嘉平高新区", "上海电气"]


def test_a_budgeted_amount_and_a_scores_rise_are_named_as_such():
    rows = rows_of("年初预算安排全市一般公共预算收入305.0亿元，调整预算数为309.0亿元。岳阳临港高新区综合得分提升了6.8分。")
    assert [r.indicator for r in rows] == ["一般公共预算收入预算数", "一般公共预算收入调整预算数", "综合得分提升"]


def test_a_scores_rise_after_the_score_is_its_change():
    rows = rows_of("岳阳临港高新区综合得分为85.71分，较上年提升了6.8分。考核得分92分，比上年下降3分。")
    assert [(r.indicator, r.value) for r in rows] == [
        ("综合得分", 85.71), ("综合得分提升", 6.8), ("考核得分", 92), ("考核得分下降", 3)]
    assert [r.indicator for r in rows_of("考核得分92分，比上年缩短5分钟。")] == ["考核得分"]


def test_a_deed_alone_after_a_list_mark_is_done_to_the_things_counted_before():
    rows = rows_of("全年新开工亿元以上项目312个、竣工投产196个。全年签约项目50个、落地35个。")
    assert [r.indicator for r in rows] == ["新开工亿元以上项目", "竣工投产亿元以上项目", "签约项目", "落地项目"]


def test_a_clause_after_a_lead_in_and_a_place_of_its_own_keeps_that_place_to_the_sentence_end():
    rows = rows_of("南京市市长说,2023年全市地区生产总值达到1.75万亿元。\n\n"
                   "无锡市政府工作报告显示,去年全市地区生产总值15456.19亿元,增长6%;人均地区生产总值突破20万元。\n\n"
                   "徐州方面,2023年全市地区生产总值9038.9亿元,同比增长6.2%;固定资产投资增长6.5%。",
                   title="地方两会观察")
    assert [r.subject.rstrip("市") for r in rows] == ["南京", "无锡", "无锡", "徐州", "徐州"]
    # a lead-in holding a figure of its own is no lead-in: the clause after the semicolon is the article's
    rows = rows_of("全年实现营业收入860亿元,苏州工业园区营业收入320亿元,增长5%;规上工业产值增长7%。",
                   title="临江高新区经济运行")
    assert [r.subject for r in rows] == ["临江高新区", "苏州工业园区", "临江高新区"]


def test_a_deed_alone_after_a_count_and_a_comma_is_done_to_the_things_counted_before():
    rows = rows_of("全年签约项目50个，落地35个。全市新建保障性租赁住房1.2万套，已交付7800套。")
    assert [r.indicator for r in rows] == ["签约项目", "落地项目", "新建保障性租赁住房", "交付保障性租赁住房"]
    # a count named in full keeps its own name
    assert [r.indicator for r in rows_of("全年签约项目50个，新增高新技术企业35家。")] == ["签约项目", "新增高新技术企业"]


def test_what_was_achieved_by_some_means_has_no_company_for_the_means():
    rows = rows_of("全市网上零售额增长12%，其中通过公共网络实现的商品零售额320亿元。", title="临江市经济运行")
    assert [r.subject for r in rows] == ["临江市", "临江市"]


def test_an_outlook_on_a_year_to_come_leaves_the_one_year_an_article_reviews():
    text = ("2023年即将过去，这一年，安平高新区迎难而上。\n万人发明专利拥有量达到126.3件。人均营业收入达到172.5万元。\n"
            "2024年，安平高新区将锚定营业收入突破2000亿元的目标。")
    rows = rows_of(text, title="年终盘点：安平高新区这一年", publish_year=2023, publish_month=12)
    assert [(r.value, r.year) for r in rows] == [(126.3, 2023), (172.5, 2023), (2000, 2024)]
    # 力争到2025年: a target's year, no second year reviewed
    rows = rows_of("2023年，宁州高新区实现营业收入2865.4亿元。\n全年新增高新技术企业120家。\n力争到2025年营业收入突破5000亿元。",
                   publish_year=2024, publish_month=3)
    assert [r.year for r in rows] == [2023, 2023, 2025]


def test_firms_going_public_name_no_company():
    rows = rows_of("2023年，东岭高新区全力推进园区发展。企业上市实现突破。新增上市企业3家，累计达到11家。")
    assert [(r.indicator, r.subject) for r in rows] == [("新增上市企业", "东岭高新区"), ("上市企业总数", "东岭高新区")]


def test_the_news_day_opening_an_article_is_of_the_year_the_publish_date_gives():
    text = "6月16日，第三届人才创新创业大会在青峰高新区开幕。现场兑现人才政策奖补资金1860万元，集中签约人才项目35个。"
    assert [r.year for r in rows_of(text, publish_year=2025, publish_month=6)] == [2025, 2025]
    # a January page on a day of December: the year before
    assert only("12月28日，青峰高新区集中签约项目35个。", publish_year=2025, publish_month=1).year == 2024
    assert [r.year for r in rows_of(text)] == [None, None]  # no publish date: no year to tell
    # the day dates the article's later paragraphs as a year it opened with would
    later = "6月16日，人才大会在青峰高新区开幕。\n开幕式上，现场兑现人才政策奖补资金1860万元。"
    assert only(later, publish_year=2025, publish_month=6).year == 2025
    # a year the sentence states is kept; an event still ahead (将于) dates nothing
    assert only("6月16日，记者获悉，2024年全区新引进博士136名。", publish_year=2025, publish_month=6).year == 2024
    ahead = "8月10日，第四届人才大会将在青峰高新区举办，预计吸引博士500名。"
    assert only(ahead, publish_year=2025, publish_month=6).year is None


def test_a_news_lead_on_a_day_of_the_publish_year_dates_the_article_though_a_later_paragraph_names_another_year():
    # 9月27日，…开园。\n开园当天，…: the report is of the event, in 2021; 2020年 in a later paragraph is background, its own
    text = ("9月27日，宁川市智能汽车产业园正式开园。\n开园当天，首批16家企业集中入驻，协议总投资达92.7亿元。\n"
            "2020年，全市汽车产业实现产值486亿元。\n产业园开放测试道路里程达到120公里。")
    rows = rows_of(text, publish_year=2021, publish_month=9)
    assert [(r.value, r.year) for r in rows] == [(16, 2021), (92.7, 2021), (486, 2020), (120, 2021)]
    # not when the opening paragraphs name another year: 1月18日，…发布会。2022年，… reviews that year
    text = "1月18日，宁川市召开新闻发布会。2022年，全市实现地区生产总值586亿元。\n2021年，全市营业收入450亿元。\n全市拥有高新技术企业612家。"
    assert [r.year for r in rows_of(text, publish_year=2023, publish_month=1)] == [2022, 2021, None]


def test_what_past_years_show_in_general_is_of_no_year():
    # 从往年情况看，四季度…通常占全年的28%左右: a rule of past years, not 2022's; 比往年 is a base and dates as before
    text = "2022年，宁川市实现地区生产总值486亿元。从往年情况看，四季度经济总量通常占全年的28%左右。"
    assert [r.year for r in rows_of(text, publish_year=2022, publish_month=10)] == [2022, None]
    text = "2022年，宁川市实现地区生产总值486亿元。四季度经济总量比往年多出12亿元。"
    assert [r.year for r in rows_of(text, publish_year=2022, publish_month=10)] == [2022, 2022]


def test_the_one_year_an_article_opens_with_may_be_named_by_the_publish_date():
    text = "今年国庆假期，全市共接待游客586.3万人次。\n假期期间，全市A级旅游景区累计接待游客213.5万人次。"
    assert [r.year for r in rows_of(text, publish_year=2025, publish_month=10)] == [2025, 2025]
    last_year = "去年，全区新引进博士136名。\n全区博士后科研工作站达到21家。"
    assert [r.year for r in rows_of(last_year, publish_year=2025, publish_month=3)] == [2024, 2024]
    # as for years written out: not when the article names two, nor when only a later paragraph names one
    two = "去年，全区新引进博士136名。\n今年，全区新引进博士60名。\n全区博士后科研工作站达到21家。"
    assert [r.year for r in rows_of(two, publish_year=2025, publish_month=6)] == [2024, 2025, None]
    # a sentence about now (目前) is of no year the article looks back on
    now = "去年，公司实现营业收入6.8亿元。\n目前公司员工近900人。"
    assert [r.year for r in rows_of(now, publish_year=2025, publish_month=6)] == [2024, None]
    late = "人才是创新的根基。\n全区人才总量达到24.6万人。\n今年，全区新引进博士60名。"
    assert [r.year for r in rows_of(late, publish_year=2025, publish_month=6)] == [None, 2025]


def test_a_bare_investment_after_a_count_of_projects_is_those_projects_investment():
    rows = rows_of("现场共签约项目26个，总投资218.6亿元，其中，先进制造业项目14个、投资136.2亿元，"
                   "现代服务业项目8个、投资53.4亿元。")
    assert [r.indicator for r in rows] == [
        "现场共签约项目", "现场共签约项目总投资", "先进制造业项目", "先进制造业项目投资", "现代服务业项目",
        "现代服务业项目投资"]


def test_a_daily_average_alone_is_of_the_metric_before_it():
    rows = rows_of("国庆假期，全市发送旅客118.7万人次，日均14.8万人次。全年接待游客1200万人次，月均100万人次。")
    assert [r.indicator for r in rows] == ["发送旅客", "日均发送旅客", "接待游客", "月均接待游客"]


def test_a_daily_average_added_is_of_the_things_added_before_it():
    rows = rows_of("江州高新区新登记市场主体2.37万户，日均新增130余户。")
    assert [r.indicator for r in rows] == ["新登记市场主体", "日均新增市场主体"]


def test_people_counted_before_a_deed_are_named_by_the_deed():
    rows = rows_of("全年举办招聘活动156场，帮助1.8万人实现就业。当天共吸引求职者约5300人次进场。")
    assert [r.indicator for r in rows] == ["招聘活动", "帮助实现就业人数", "进场求职者"]
    assert only("全年带动3000人就业。").indicator == "带动就业人数"
    assert only("引进的茶叶加工企业吸纳本村劳动力130余人就业。").indicator == "吸纳本村劳动力就业"


def test_a_rate_after_a_price_index_is_the_rate_of_the_prices():
    rows = rows_of("2022年全年城乡居民消费价格总指数为101.9，比上年上涨1.9%。全年工业生产者出厂价格指数为98.6，比上年下降1.4%。")
    assert [(r.indicator, r.value) for r in rows] == [
        ("城乡居民消费价格总指数", 101.9), ("城乡居民消费价格增速", 1.9), ("工业生产者出厂价格指数", 98.6), ("工业生产者出厂价格增速", -1.4)]


def test_livestock_listed_before_their_shared_measure_are_each_named_whole():
    rows = rows_of("全年牛、羊、家禽出栏分别为0.31万头、2.05万只和185.6万只。生猪、牛、羊存栏分别为12万头、3万头和5万只。")
    assert [r.indicator for r in rows] == ["牛出栏", "羊出栏", "家禽出栏", "生猪存栏", "牛存栏", "羊存栏"]
    rows = rows_of("电子信息、装备制造和生物医药产业产值分别增长21.4%、8.6%和-3.2%。")
    assert [r.indicator for r in rows] == ["电子信息产业产值增速", "装备制造产业产值增速", "生物医药产业产值增速"]


def test_a_joiner_within_the_first_item_of_a_listed_rate_list_keeps_it_whole():
    rows = rows_of("高端装备及零部件、电子信息、新能源产业增加值分别增长9.5%、8.1%和6.3%。")
    assert [(r.indicator, r.growth_pct) for r in rows] == [
        ("高端装备及零部件产业增加值增速", 9.5), ("电子信息产业增加值增速", 8.1), ("新能源产业增加值增速", 6.3)]
    rows = rows_of("光伏及储能、纺织和服装行业营业收入分别增长12.5%、4.2%和3.1%。")
    assert [r.indicator for r in rows] == ["光伏及储能行业营业收入增速", "纺织行业营业收入增速", "服装行业营业收入增速"]


def test_men_and_women_after_a_population_are_parts_of_it():
    rows = rows_of("2022年末全县户籍人口52.36万人，其中男性26.98万人，女性25.38万人。")
    assert [r.indicator for r in rows] == ["户籍人口", "男性户籍人口", "女性户籍人口"]


def test_a_share_changed_from_last_years_value_is_named_once_and_dates_the_base_the_year_before():
    rows = rows_of("2022年，全县固定资产投资比上年增长9.8%。其中，产业投资增长15.6%，占全部投资比重由上年的38.2%提高到41.5%。")
    assert [(r.indicator, r.value, r.year) for r in rows[2:]] == [
        ("产业投资占全部投资比重", 38.2, 2021), ("产业投资占全部投资比重", 41.5, 2022)]


@pytest.mark.parametrize("base", ["较去年同期的", "比上年同期的"])
def test_last_years_rate_a_rate_is_compared_with_is_that_metrics_rate_the_year_before(base):
    rows = rows_of(f"2024年1-9月，江州高新区规上工业增加值增长9.6%，{base}7.1%提高2.5个百分点。")
    assert [(r.indicator, r.value, r.year, r.growth_pct, r.growth_kind) for r in rows] == [
        ("规上工业增加值增速", 9.6, 2024, 9.6, "yoy"), ("规上工业增加值增速", 7.1, 2023, 7.1, "yoy")]


@pytest.mark.parametrize("text, names", [
    ("江州高新区拥有高新技术企业412家，宁川经开区拥有186家。", ["高新技术企业", "高新技术企业"]),
    ("江州高新区拥有高新技术企业412家，占全市的41.2%；宁川经开区拥有186家。",
     ["高新技术企业", "高新技术企业占全市比重", "高新技术企业"]),
    ("宁川市有研发活动的企业628家，占规模以上工业企业的36.4%，比上年增加57家。",
     ["研发活动的企业", "研发活动的企业占规模以上工业企业比重", "研发活动的企业增加"])])
def test_a_count_after_a_share_goes_on_from_the_count_before_the_share(text, names):
    assert [r.indicator for r in rows_of(text)] == names


def test_a_count_before_a_quoted_programme_counts_what_the_programme_selected():
    row = only("2025年6月16日，青峰高新区为首批28个“青峰英才计划”入选项目颁发证书。")
    assert row.indicator == "青峰英才计划入选项目"


def test_a_rate_on_a_comparable_basis_is_the_rate_of_the_level_before():
    rows = rows_of("2024年，一般公共预算收入完成14.26亿元，按可比口径同比增长5.3%。全年接待游客586.3万人次，按可比口径增长9.7%。"
                   "规上工业增加值按可比价格计算增长6.1%。地区生产总值312亿元，按可比价计算增长5%。")
    assert [(r.indicator, r.value, r.growth_pct, r.growth_kind) for r in rows] == [
        ("一般公共预算收入", 14.26, 5.3, "yoy"), ("接待游客", 586.3, 9.7, "yoy"),
        ("规上工业增加值增速", 6.1, 6.1, "yoy"), ("地区生产总值", 312, 5, "yoy")]


def test_more_or_less_produced_or_earned_is_a_change_and_the_rate_after_it_is_the_levels():
    rows = rows_of("2021年，全县粮食总产量33.16万吨，比上年增产0.86万吨，增长2.7%。油料产量2.1万吨，比上年减产0.3万吨，下降12.5%。"
                   "农村居民人均可支配收入18520元，比上年增收1530元，增长9.0%。")
    assert [(r.indicator, r.value, r.growth_pct) for r in rows] == [
        ("粮食总产量", 33.16, 2.7), ("粮食总产量增加", 0.86, None), ("油料产量", 2.1, -12.5), ("油料产量减少", 0.3, None),
        ("农村居民人均可支配收入", 18520, 9.0), ("农村居民人均可支配收入增加", 1530, None)]


def test_a_count_of_times_is_one_unit_with_its_measure_word():
    rows = rows_of("全县新冠病毒疫苗累计接种86.2万剂次。开行中欧班列320班次。港口完成进出港船舶4500航次。")
    assert [(r.value, r.unit, r.base_unit) for r in rows] == [(86.2, "万剂次", "剂次"), (320, "班次", "班次"), (4500, "航次", "航次")]
    assert [r.indicator for r in rows] == ["新冠病毒疫苗接种", "开行中欧班列", "进出港船舶"]


def test_the_investment_of_one_project_named_after_it_is_a_figure_not_a_size_class():
    rows = rows_of("总投资8.8亿元的高新区人才公寓项目当天开工建设。")
    assert [(r.indicator, r.value, r.unit) for r in rows] == [("高新区人才公寓项目总投资", 8.8, "亿元")]
    # a bound before the amount makes it a class, whose members are counted
    rows = rows_of("营业收入超过千亿元的国家高新区达到105家，投资过亿元的项目有7个。")
    assert [(r.indicator, r.value) for r in rows] == [("营业收入超过千亿元的国家高新区", 105), ("投资过亿元的项目", 7)]


def test_an_amount_bounding_the_jobs_or_things_whose_share_is_given_is_no_figure():
    rows = rows_of("临川高新区招聘会提供就业岗位6850个，其中月薪8000元以上岗位占比超过三成。年收入10万元以上家庭比重达到45%。")
    assert [(r.value, r.unit) for r in rows] == [(6850, "个"), (30, "%"), (45, "%")]
    # a level reached, with the bound after it, is still a figure
    assert [(r.value, r.unit) for r in rows_of("高校毕业生平均月薪达到8000元以上，同比增长5%。")] == [(8000, "元")]


def test_a_sector_or_a_kind_of_village_opening_a_clause_is_no_subject():
    rows = rows_of("2023年，全县农林牧渔业总产值完成548326万元。其中，农业产值315264万元，增长4.6%；林业产值18326万元。"
                   "全县新增省级农业产业化龙头企业3家，累计达到28家。", title="丰禾县2023年国民经济运行情况")
    assert [(r.indicator, r.subject) for r in rows] == [
        ("农林牧渔业总产值", "丰禾县"), ("农业产值", "丰禾县"), ("林业产值", "丰禾县"), ("新增省级农业产业化龙头企业", "丰禾县"),
        ("省级农业产业化龙头企业总数", "丰禾县")]
    rows = rows_of("其中，旅游业实现营业收入12亿元；批发和零售业营业收入20亿元。", title="丰禾县经济运行")
    assert [(r.indicator, r.subject) for r in rows] == [("旅游业营业收入", "丰禾县"), ("批发和零售业营业收入", "丰禾县")]
    rows = rows_of("2022年，全县公路总里程3862公里，建制村通硬化路率100%。", title="丰禾县交通运输发展")
    assert [(r.indicator, r.subject) for r in rows] == [("公路总里程", "丰禾县"), ("建制村通硬化路率", "丰禾县")]


@pytest.mark.parametrize("title, place", [
    ("国庆假期临江市接待游客586.3万人次", "临江市"),
    ("国庆中秋假期月城市接待游客586.3万人次", "月城市"),
    ("春节黄金周丰禾县旅游收入创新高", "丰禾县"),
])
def test_a_holiday_opening_a_title_is_when_not_where(title, place):
    rows = rows_of("今年国庆假期，全市共接待游客586.3万人次，同比增长9.7%。"
                   "假期期间，龙泉古镇、九曲湾湿地公园等5家景区单日接待量突破5万人次。", title=title)
    assert rows and {r.subject for r in rows} == {place}


def test_a_holiday_opening_a_sentence_before_its_place_is_when_not_where():
    assert only("国庆假期临江市接待游客586.3万人次。", title="文旅消费").subject == "临江市"


def test_an_awards_level_after_its_verb_names_no_place():
    rows = rows_of("此外，滨湖高新区企业牵头制定国家标准26项；获得省科学技术奖17项，其中一等奖4项。荣获市科技进步奖9项。",
                   title="滨湖高新区创新发展")
    assert [r.subject for r in rows] == ["滨湖高新区"] * 4


@pytest.mark.parametrize("introduction", ["云岭高新区企业——", "云岭高新区企业", "云岭高新区上市企业："])
def test_a_companys_legal_name_after_its_introduction_is_what_公司_later_refers_to(introduction):
    rows = rows_of(f"近日，{introduction}昆华光电科技股份有限公司发布2024年年度报告。报告显示，公司去年实现营业收入"
                   "28.65亿元，同比增长31.42%；归属于上市公司股东的净利润3.87亿元，同比增长45.18%。", title="云岭高新区企业动态")
    assert [r.subject for r in rows] == ["昆华光电科技股份有限公司"] * 2


def test_公司_opening_a_paragraph_is_the_company_last_named():
    rows = rows_of("阳光电源股份有限公司发布年度报告。\n公司同时披露利润分配预案，合计派发现金红利约9600万元。",
                   title="临江高新区企业动态")
    assert [r.subject for r in rows] == ["阳光电源股份有限公司"]


def test_a_view_over_the_whole_city_opening_a_sentence_is_the_city_of_the_paper():
    # 从全市来看，…: the figures of the whole city, which a city's paper names (淮东日报 -> 淮东市)
    text = ("海州高新区去年实现营业收入1846.2亿元，同比增长9.1%。\n"
            "从全市来看，三家高新区合计实现营业收入3356.3亿元。从全市来看，海州高新区营业收入占比最高，达到55%。")
    rows = rows_of(text, title="三区比学赶超", publisher="淮东日报")
    assert [(r.value, r.subject) for r in rows] == [(1846.2, "海州高新区"), (3356.3, "淮东市"), (55, "海州高新区")]


def test_a_headings_figure_that_the_paragraph_under_it_restates_is_not_a_figure_of_its_own():
    # 数据一：1897.2亿元 heads the paragraph that names it (营业收入1897.2亿元); a data card's figure, whose lines
    # below name it, stays
    text = ("让我们用十组数据，回顾园区不平凡的一年。\n数据一：1897.2亿元\n"
            "今年，安平高新区预计实现营业收入1897.2亿元，同比增长6.5%。\n数据二：126.3件\n"
            "万人发明专利拥有量达到126.3件。\n")
    rows = rows_of(text, title="十大数据看安平高新区这一年")
    assert [(r.indicator, r.value) for r in rows] == [("营业收入", 1897.2), ("万人发明专利拥有量", 126.3)]
    card = rows_of("1086.5亿元\n规上工业总产值\n同比增长9.3%\n")
    assert [(r.value, r.unit) for r in card] == [(1086.5, "亿元")]


def test_half_written_as_yiban_is_a_share_of_fifty_percent():
    rows = rows_of("锂电新能源产业产值占三大主导产业的一半左右。高新技术企业数量超过一半。一半以上的时间用于调研。")
    assert [(r.indicator, r.value, r.unit, r.qualifier) for r in rows] == [
        ("锂电新能源产业产值占三大主导产业比重", 50, "%", "approx"), ("高新技术企业数量", 50, "%", "over")]


def test_counts_listed_before_percentage_points_are_points_too():
    # 2.3个和2.9个百分点: the first 个 is cut from 百分点, as in 2.3和2.9个百分点
    text = "南屏高新区地区生产总值同比增长8.1%，增速分别高于鹤州市、全省平均水平{}，占全市经济总量的比重提高到17.6%。"
    for points in ("2.3个和2.9个百分点", "1.1个、2.3个和2.9个百分点"):
        rows = rows_of(text.format(points))
        assert [(r.indicator, r.value, r.unit) for r in rows] == [
            ("地区生产总值增速", 8.1, "%"), ("地区生产总值占全市经济总量比重", 17.6, "%")]
    assert [(r.value, r.unit) for r in rows_of("全年新增项目5个和企业3家。")] == [(5, "个"), (3, "家")]


def test_an_outlook_on_the_year_of_publication_or_with_no_date_leaves_the_year_reviewed():
    text = ("2023年，青溪高新区主要经济指标保持较快增长。\n\n全区实现地区生产总值612.4亿元，同比增长7.3%。\n\n"
            "2024年，青溪高新区将力争地区生产总值增长8%左右。")
    for dated in ({"publish_year": 2024, "publish_month": 1}, {}):
        assert [r.year for r in rows_of(text, **dated)] == [2023, 2024]
    # a review of the year of publication that then looks ahead is no outlook: its year stays
    text = "2024年上半年，全区实现地区生产总值312亿元，预计全年将突破650亿元。\n\n规上工业增加值增长8.1%。"
    assert [r.year for r in rows_of(text, publish_year=2024, publish_month=7)] == [2024, 2024, 2024]


def test_an_infographics_heading_with_a_year_dates_the_lines_under_it_up_to_the_next_heading():
    text = ("2月4日，江州高新区召开工作会议，回顾2023年工作，部署2024年重点任务。\n2023年 · 成绩单\n地区生产总值\n368亿元\n"
            "同比增长5.8%\n新增上市公司\n9家\n2024年｜主要预期目标\n◆ 地区生产总值增长5.5%左右\n◆ 全年新增各类人才3万人\n"
            "03 | 企业动态\n宁川股份营业收入89亿元。")
    rows = rows_of(text, title="一图读懂丨江州高新区工作会议", publish_year=2024, publish_month=2)  # 03 | 企业动态 ends 2024
    assert [(r.value, r.year) for r in rows] == [(368, 2023), (9, 2023), (5.5, 2024), (3, 2024), (89, None)]


def test_a_wechat_reviews_title_year_written_with_no_nian_dates_its_figures():
    # 数说2023: the year reviewed, though the news day opening the article is of 2024
    text = ("1月25日，江州高新区召开2023年经济运行情况发布会。2023年，江州高新区实现营业收入3201.6亿元。\n"
            "01 | 产业发展\n电子信息产业营业收入突破750亿元，增长9.2%。")
    rows = rows_of(text, title="数说2023丨江州高新区交出年度成绩单", publish_year=2024, publish_month=1)
    assert [(r.value, r.year) for r in rows] == [(3201.6, 2023), (750, 2023)]


def test_an_infographic_label_on_the_line_before_its_figure_names_it_and_the_rate_below_is_its():
    # 图解 pages: 地区生产总值 / 386.5亿元 / 同比增长6.2%, each in a paragraph of its own
    for gap in ("\n", "\n\n"):
        text = gap.join(["2023年，望山区经济运行总体平稳。", "地区生产总值", "386.5亿元", "同比增长6.2%",
                         "社会消费品零售总额", "173.6亿元", "同比增长7.0%"])
        assert [(r.indicator, r.value, r.unit, r.growth_pct) for r in rows_of(text)] == [
            ("地区生产总值", 386.5, "亿元", 6.2), ("社会消费品零售总额", 173.6, "亿元", 7.0)], repr(gap)


def test_a_figure_under_its_own_label_is_named_by_it_not_by_the_next_cards_label_and_a_total_under_a_count_is_its_total():
    # 规上工业总产值 / 780亿元 / 新增上市公司 / 9家 / 累计达67家: 780亿元 is the output, 67家 the listed firms' total;
    # 10.2万家 / 市场主体 / 3家 / 新增A股上市公司: cards, each name under its figure
    rows = rows_of("2023年，江州高新区成绩单。\n规上工业总产值\n780亿元\n新增上市公司\n9家\n累计达67家\n"
                   "10.2万家\n市场主体\n3家\n新增A股上市公司\n企业方面，宁川股份营业收入89亿元。")
    assert [(r.indicator, r.value) for r in rows] == [
        ("规上工业总产值", 780), ("新增上市公司", 9), ("上市公司总数", 67), ("市场主体", 10.2), ("新增A股上市公司", 3),
        ("营业收入", 89)]


def test_a_change_on_the_line_after_an_infographic_label_is_the_labelled_metrics():
    # 726家 / 国家高新技术企业 / 净增118家: the change is of the firms the card names, named as 国家高新技术企业净增118家
    # would be; so is the change under a label's level (规上工业企业 / 312家 / 净增27家)
    rows = rows_of("2023年，青溪高新区主要指标较快增长。\n726家\n国家高新技术企业\n净增118家")
    assert [(r.indicator, r.value, r.unit) for r in rows] == [
        ("国家高新技术企业", 726, "家"), ("净增国家高新技术企业", 118, "家")]
    rows = rows_of("2023年，望山区主要指标较快增长。\n\n规上工业企业\n\n312家\n\n净增27家")
    assert [(r.indicator, r.value) for r in rows] == [("规上工业企业", 312), ("净增规上工业企业", 27)]


def test_a_park_named_by_its_size_in_hundreds_of_millions_is_no_figure():
    # 千亿园区, 百亿园区: a park's class in its name (like 千亿级), not a count of parks in 亿
    rows = rows_of("2024年，青溪高新区将力争地区生产总值增长8%左右，奋力冲刺“千亿园区”目标。正加快建设百亿园区。")
    assert [(r.indicator, r.value, r.unit) for r in rows] == [("地区生产总值增速目标", 8, "%")]


def test_a_threshold_defining_a_class_of_industries_cities_or_counties_is_no_figure_and_names_the_count():
    # 投资超过10亿元的项目有7个 for industries, cities and counties, and for a threshold in per cent
    rows = rows_of("2023年，在工业大类行业中，R&D经费投入超过50亿元的行业有6个。全省R&D经费超过100亿元的市有4个。"
                   "R&D经费投入强度超过3%的县（市、区）有3个。")
    assert [(r.indicator, r.value, r.unit) for r in rows] == [
        ("R&D经费投入超过50亿元的行业", 6, "个"), ("R&D经费超过100亿元的市", 4, "个"),
        ("R&D经费投入强度超过3%的县", 3, "个")]
    assert [(r.value, r.unit) for r in rows_of("全年地区生产总值增长6%的目标顺利实现，其中工业增长8%。")] == [
        (6, "%"), (8, "%")]


def test_a_count_after_this_restates_the_count_before_it():
    # R&D经费投入超过50亿元的行业有6个，这6个行业的经费…: 这6个行业 names the six, it is no new figure
    rows = rows_of("R&D经费投入超过50亿元的行业有6个，这6个行业的经费占全部规模以上工业企业R&D经费的比重为61.8%。")
    assert [(r.value, r.unit) for r in rows] == [(6, "个"), (61.8, "%")]
    assert rows[1].indicator == "行业的经费占全部规模以上工业企业R&D经费比重"


def test_a_budgets_totals_carry_overs_and_debt_limit_keep_their_names():
    # 收入总计 is the budget's total, not the 收入 of the place; 上年结转 is money carried over; 加上 adds; the debt
    # limit is an exact figure, 以内 says the debt stays within it
    text = ("2023年，全区一般公共预算收入完成38.62亿元。加上上级补助收入21.36亿元、上年结转4.05亿元，收入总计64.03亿元。"
            "加上上解上级支出3.12亿元，支出总计60.10亿元。"
            "截至2023年末，全区政府债务余额152.34亿元，控制在省核定的债务限额163.50亿元以内。")
    rows = rows_of(text)
    assert [(r.indicator, r.value, r.qualifier) for r in rows] == [
        ("一般公共预算收入", 38.62, ""), ("上级补助收入", 21.36, ""), ("上年结转", 4.05, ""), ("收入总计", 64.03, ""),
        ("上解上级支出", 3.12, ""), ("支出总计", 60.10, ""), ("政府债务余额", 152.34, ""),
        ("省核定的债务限额", 163.50, "")]


def test_a_carry_over_from_last_year_dates_no_figure_and_a_base_of_the_year_before_is_year_on_year():
    # 上年结转 is money carried into 2024, its 上年 no date; 比2023年执行数 in a 2024 sentence compares with the
    # year before, as 比上年 does
    text = ("关于青山区2023年预算执行情况和2024年预算草案的报告\n"
            "2024年，全区一般公共预算收入预计安排40.55亿元，比2023年执行数增长5%。"
            "加上上级补助收入17.80亿元、调入资金5.20亿元、上年结转3.70亿元，收入总计67.25亿元。")
    rows = rows_of(text, publish_year=2024, publish_month=1)
    assert [(r.value, r.year) for r in rows] == [(40.55, 2024), (17.8, 2024), (5.2, 2024), (3.7, 2024), (67.25, 2024)]
    assert (rows[0].growth_pct, rows[0].growth_kind) == (5, "yoy")
    older = only("2024年，全区固定资产投资比2020年增长35%。")
    assert older.growth_kind == "vs_base"


def test_a_rate_after_a_conjunction_and_a_noun_of_rate_with_gaoda_is_the_levels():
    # 但同比增速高达17.3%: 但 joins the rate to the level before it; 增速高达 says the rate as 增速达 does
    row = only("淮阳高新区的体量并不算大，2023年营业收入为978.5亿元，但同比增速高达17.3%，领跑三区。")
    assert (row.indicator, row.value, row.growth_pct, row.growth_kind) == ("营业收入", 978.5, 17.3, "yoy")
    row = only("2023年园区实现税收12.6亿元，且增幅高达21.5%。")
    assert (row.indicator, row.growth_pct) == ("税收", 21.5)


def test_aim_verbs_open_no_name_and_measures_listed_before_their_things_are_the_things():
    # 推动/支持/锚定 say what the place will push for, not what is measured (支持企业1200余家 counts those supported);
    # 分别是总投资150亿元的A和总投资110亿元的B: each 总投资 is of the thing named after it
    text = ("2024年，推动锂电新能源产业产值达到260亿元；支持梅溪锂能产值突破120亿元；安平高新区将锚定营业收入突破2000亿元的目标。"
            "兑现各类产业扶持资金5.36亿元，支持企业1200余家。"
            "其中签约百亿级项目2个，分别是总投资150亿元的华拓半导体封测基地和总投资110亿元的新材料产业园。")
    rows = rows_of(text)
    assert [(r.indicator, r.value) for r in rows] == [
        ("锂电新能源产业产值", 260), ("梅溪锂能产值", 120), ("营业收入", 2000), ("产业扶持资金", 5.36), ("支持企业", 1200),
        ("签约百亿级项目", 2), ("华拓半导体封测基地总投资", 150), ("新材料产业园总投资", 110)]


def test_the_owner_of_a_bare_metric_before_a_period_and_its_verb_stays_in_the_name():
    # 工程机械产业集群上半年实现产值: the cluster's output, the period between them; 重点项目27个，一季度完成投资: the
    # projects' investment, as without the period
    rows = rows_of("其中，沅州高新区工程机械产业集群上半年实现产值1320亿元，同比增长12.6%。")
    assert [r.indicator for r in rows] == ["工程机械产业集群产值"]
    rows = rows_of("全区实施重点项目27个，一季度完成投资53.2亿元。")
    assert [r.indicator for r in rows] == ["重点项目", "重点项目投资"]
    rows = rows_of("沅州高新区上半年实现产值1320亿元。")
    assert [r.indicator for r in rows] == ["产值"]
    rows = rows_of("园区生物医药产业去年实现产值426亿元，电子信息产业今年完成营业收入128亿元。沅州高新区去年实现产值1320亿元。")
    assert [r.indicator for r in rows] == ["生物医药产业产值", "电子信息产业营业收入", "产值"]
    rows = rows_of("新华社宁川5月2日电（记者 李明）“园区生物医药产业上半年实现产值426亿元。”")
    assert [r.indicator for r in rows] == ["生物医药产业产值"]


def test_a_brand_company_introduced_as_a_leading_firm_or_opening_a_clause_owns_its_figures():
    # 龙头企业桐江汽车全年整车产量…, 梅溪锂能全年实现产值…, 新晟材料…上市，募集资金…: the firm's figures
    text = ("2023年，桐江高新区实现地区生产总值298.7亿元。龙头企业桐江汽车全年整车产量达到12.6万辆，同比增长23.5%，"
            "实现产值218亿元。梅溪锂能全年实现产值98.2亿元，同比增长41.3%，缴纳税收4.6亿元。"
            "新晟材料成功在深交所创业板上市，募集资金12.8亿元。")
    rows = rows_of(text)
    assert [(r.indicator, r.subject) for r in rows] == [
        ("地区生产总值", "桐江高新区"), ("整车产量", "桐江汽车"), ("整车产值", "桐江汽车"), ("产值", "梅溪锂能"),
        ("缴纳税收", "梅溪锂能"), ("募集资金", "新晟材料")]
    # an industry is no brand: 新能源汽车产量 is the zone's
    rows = rows_of("桐江高新区新能源汽车全年产量达到12.6万辆。规上企业汽车电子实现产值30亿元。")
    assert [r.subject for r in rows] == ["桐江高新区", "桐江高新区"]
    # the company named before a bare 产值 owns it, not the industry of the figure before
    rows = rows_of("梅溪锂能全年实现产值98.2亿元。推动锂电新能源产业产值达到260亿元；支持梅溪锂能产值突破120亿元。")
    assert [(r.indicator, r.subject) for r in rows][-1] == ("产值", "梅溪锂能")


def test_a_figure_after_the_place_compared_with_is_that_places():
    # 仍低于东江高新区的4.35%, 仅次于鹤州经开区（45.8亿元）: the other zone's figure of the metric before; a zone compared
    # with (高于鹤州经开区…；) or watched (紧盯东江高新区、鹤州经开区…) is no subject of the clauses after it
    text = ("2023年，南屏高新区规模以上工业增加值同比增长10.4%，高于鹤州经开区1.7个百分点；规模以上工业总产值突破1600亿元。"
            "一般公共预算收入完成41.2亿元，总量仅次于鹤州经开区（45.8亿元）。"
            "南屏高新区研发投入强度（3.92%）仍低于东江高新区的4.35%，高新技术企业数量（487家）也少于东江高新区的560家。"
            "2024年，紧盯东江高新区、鹤州经开区在集成电路领域的布局，错位引进配套项目15个。"
            "营业收入同比增长8.2%，高于鹤州经开区的6.5%。")
    rows = rows_of(text)
    assert [(r.indicator, r.value, r.subject) for r in rows] == [
        ("规模以上工业增加值增速", 10.4, "南屏高新区"), ("规模以上工业总产值", 1600, "南屏高新区"),
        ("一般公共预算收入", 41.2, "南屏高新区"), ("一般公共预算收入", 45.8, "鹤州经开区"),
        ("研发投入强度", 3.92, "南屏高新区"), ("研发投入强度", 4.35, "东江高新区"),
        ("高新技术企业数量", 487, "南屏高新区"), ("高新技术企业数量", 560, "东江高新区"),
        ("引进配套项目", 15, "南屏高新区"), ("营业收入增速", 8.2, "南屏高新区"), ("营业收入增速", 6.5, "鹤州经开区")]
    assert rows[-1].growth_pct == 6.5


def test_the_place_after_a_comparison_or_after_zai_opening_a_sentence_is_the_subject():
    # 与海州相比，淮阳高新区…: 海州 is compared with; the paragraph's sentences after it are 淮阳高新区's, and so is
    # 全区 after 在淮阳高新区，…
    text = ("去年，海州高新区新增高新技术企业186家。\n"
            "与海州相比，淮阳高新区的体量并不算大，2023年营业收入为978.5亿元。淮阳的秘诀在于新能源产业：去年，"
            "园区动力电池产能突破60GWh，新能源产业产值达到436.7亿元。\n"
            "在淮阳高新区，一组数字格外亮眼：全区规上工业企业亩均税收达到38.2万元。")
    rows = rows_of(text, title="海州高新区：每平方公里产出38.6亿元")
    assert [(r.value, r.subject) for r in rows] == [
        (186, "海州高新区"), (978.5, "淮阳高新区"), (60, "淮阳高新区"), (436.7, "淮阳高新区"), (38.2, "淮阳高新区")]


def test_a_listed_zone_goes_by_its_short_name_later():
    # 海州高新区、淮阳高新区…: later 海州, 淮阳 alone open clauses of those zones' figures
    text = ("2023年，海州高新区、淮阳高新区、临泽高新区营业收入分别为1846.2亿元、978.5亿元和531.6亿元。\n"
            "从单位面积产出看，海州每平方公里营业收入38.6亿元，淮阳为21.3亿元，临泽为14.8亿元。")
    rows = rows_of(text, title="三区比学赶超")
    assert [(r.indicator, r.subject) for r in rows][3:] == [
        ("每平方公里营业收入", "海州高新区"), ("每平方公里营业收入", "淮阳高新区"), ("每平方公里营业收入", "临泽高新区")]
    # 建设高新区 alone is no zone that 建设 stands for
    rows = rows_of("临江市加快建设高新区。建设标准厂房20万平方米。")
    assert [r.subject for r in rows] == ["临江市"]


def test_bare_figures_after_a_sentence_opening_on_a_metric_are_of_it():
    text = ("2023年，海州高新区、淮阳高新区营业收入分别为1846.2亿元和978.5亿元。\n"
            "在研发投入强度上，海州4.6%、淮阳2.8%。")
    rows = rows_of(text)
    assert [(r.indicator, r.subject) for r in rows][2:] == [("研发投入强度", "海州高新区"), ("研发投入强度", "淮阳高新区")]


@pytest.mark.parametrize("sentence", [
    "建成栖凤高新区人民医院，新增床位500张。",
    "开工建设栖凤高新区实验学校，新增学位2160个。",
    "一年来，管委会认真执行区人大工委决议，办理人大代表建议62件。",
    "全年实施省市重点项目58个，完成投资164亿元。",
    "营商环境持续优化，企业开办实现“一日办结”，新增市场主体3920户。",
])
def test_a_verb_before_a_place_makes_it_no_subject(sentence):
    # 建成栖凤高新区人民医院: the zone names a hospital built, 执行区人大: an office; the article's zone is the subject
    rows = rows_of("栖凤高新区2023年实现营业收入100亿元。\n" + sentence, title="栖凤高新区这一年")
    assert rows and {r.subject for r in rows} == {"栖凤高新区"}


def test_a_company_supported_is_named_without_the_verb():
    rows = rows_of("新增规上工业企业20家；支持桐江汽车整车产量突破15万辆。", title="桐江高新区工作报告")
    assert [r.subject for r in rows] == ["桐江高新区", "桐江汽车"]


def test_a_titles_lead_words_run_into_the_zones_name_are_no_part_of_it():
    # 十大数据看安平高新区这一年: the text names 安平高新区, never 十大数据看安平高新区
    text = "今年，安平高新区预计实现营业收入1897.2亿元。\n万人发明专利拥有量达到126.3件。\n"
    rows = rows_of(text, title="年终盘点｜十大数据看安平高新区这一年")
    assert [r.subject for r in rows] == ["安平高新区"] * 2


def test_a_titles_zones_counted_by_their_cities_are_the_provinces():
    # 串起五市高新区: five cities' zones, of no name; the province the title names is the subject
    text = ("2022年，五市高新区实现地区生产总值4128亿元，占全省比重23.5%。\n五市高新区共有高新技术企业6842家。\n"
            "去年，高新技术产业增加值达到980亿元，增长11.2%。\n")
    rows = rows_of(text, title="江北省：“科创走廊”串起五市高新区 去年高新技术产业增加值增长11.2%")
    assert rows and {r.subject for r in rows} <= {"江北省", "五市高新区"}


def test_a_title_naming_the_zone_after_its_city_keeps_the_city_the_text_names():
    # (宁波前湾新区 stays whole where the text names 宁波; 访 is the interview's, no part of the name)
    rows = rows_of("作为宁波的新引擎，前湾新区去年增长较快。\nR&D经费投入强度达到3.8%。",
                   title="宁波前湾新区：绿色低碳与数字经济“双轮驱动”")
    assert [r.subject for r in rows] == ["宁波前湾新区"]
    rows = rows_of("临江是芯片重镇，集成电路产业园去年开园。\n全年集聚集成电路企业186家。", title="芯聚江畔：临江集成电路产业园跑出发展“加速度”")
    assert [r.subject for r in rows] == ["临江集成电路产业园"]
    rows = rows_of("高新技术企业达到320家。", title="加快建设区域科创高地——访青州高新区管委会主任张华")
    assert [r.subject for r in rows] == ["青州高新区"]


@pytest.mark.parametrize("view", ["分城市看", "分县区看", "分市县看"])
def test_a_breakdown_by_city_is_no_place(view):
    # 分城市看，…: how the figures are broken down, a stock phrase, never a city named 分城
    text = f"2022年，五市高新区实现地区生产总值4128亿元。{view}，清河高新区和安丰高新区增长最快，地区生产总值分别为573亿元、453亿元。"
    rows = rows_of(text)
    assert rows and not any(r.subject.startswith("分") for r in rows)


def test_a_bare_高新区_refers_to_the_named_zone_not_to_the_national_ones():
    text = ("近日，科技部火炬中心公布2023年度国家高新区综合评价结果。宁州高新区在全国178家国家高新区中综合排名第32位。\n"
            "“排名提升5位，意味着我们站稳了脚跟。”宁州高新区管委会主任陈立群介绍，近年来，高新区每年安排不低于10亿元的"
            "科技创新专项资金，累计建成省级以上研发平台326个。")
    rows = [r for r in rows_of(text) if r.value in (10, 326)]
    assert [r.subject for r in rows] == ["宁州高新区"] * 2


def test_a_count_inside_a_bracket_names_its_thing_without_the_closing_bracket():
    rows = rows_of("今年上半年，全省38家高新区（含12家国家高新区）实现营业收入1.23万亿元。")
    assert [(r.indicator, r.value) for r in rows if r.unit == "家"] == [("高新区", 38), ("国家高新区", 12)]


def test_places_each_written_before_its_value_after_fenbie_share_the_metric_before():
    # 分别是江阳高新区68.42亿元、滨江区35.19亿元…: each value is its place's, of the metric the count was of
    rows = rows_of("分县（市、区）看，R&D经费支出超过20亿元的有4个，分别是江阳高新区68.42亿元、滨江区35.19亿元、"
                   "东城区26.73亿元和临溪县21.06亿元。分地区看，R&D经费超过100亿元的市有3个，"
                   "分别为临州市（412.38亿元）、江阳市（205.66亿元）和南屏市（117.04亿元）。", title="江阳市科技统计公报")
    listed = [(r.indicator, r.value, r.subject) for r in rows if r.value not in (20, 4, 100, 3)]
    assert listed == [
        ("R&D经费支出", 68.42, "江阳高新区"), ("R&D经费支出", 35.19, "滨江区"), ("R&D经费支出", 26.73, "东城区"),
        ("R&D经费支出", 21.06, "临溪县"), ("R&D经费", 412.38, "临州市"), ("R&D经费", 205.66, "江阳市"),
        ("R&D经费", 117.04, "南屏市")]


def test_places_ranked_first_without_a_ranking_verb_or_with_their_growth_listed_after():
    # 前三位为…, 排名前三的是…, 位居前三的是…: ranked as 居前三位的是 is; 分别增长24.6%…: each place's rate
    rows = rows_of("分县（市、区）看，发明专利授权量前三位为江阳高新区、滨江区和东城区，分别为2184件、1127件和689件。"
                   "R&D经费增速居前三位的是临溪县、桐山区和江阳高新区，分别增长24.6%、19.8%和15.2%。"
                   "高新技术企业数量排名前三的是江阳高新区、滨江区和临溪县，分别为612家、408家和215家。"
                   "技术合同成交额位居前两位的是滨江区和临溪县，分别为52.3亿元和31.6亿元。", title="江阳市科技统计公报")
    assert [(r.indicator, r.value, r.subject, r.growth_pct) for r in rows] == [
        ("发明专利授权量", 2184, "江阳高新区", None), ("发明专利授权量", 1127, "滨江区", None),
        ("发明专利授权量", 689, "东城区", None),
        ("R&D经费增速", 24.6, "临溪县", 24.6), ("R&D经费增速", 19.8, "桐山区", 19.8),
        ("R&D经费增速", 15.2, "江阳高新区", 15.2),
        ("高新技术企业数量", 612, "江阳高新区", None), ("高新技术企业数量", 408, "滨江区", None),
        ("高新技术企业数量", 215, "临溪县", None),
        ("技术合同成交额", 52.3, "滨江区", None), ("技术合同成交额", 31.6, "临溪县", None)]


def test_industries_listed_with_commas_before_their_rank_each_have_their_figure_of_the_metric():
    rows = rows_of("从行业看，计算机、通信和其他电子设备制造业，汽车制造业，电气机械和器材制造业R&D经费支出居前三位，"
                   "分别为31.25亿元、24.08亿元和19.77亿元。", title="江阳市科技统计公报")
    assert [(r.indicator, r.value, r.subject) for r in rows] == [
        ("计算机、通信和其他电子设备制造业R&D经费支出", 31.25, "江阳市"), ("汽车制造业R&D经费支出", 24.08, "江阳市"),
        ("电气机械和器材制造业R&D经费支出", 19.77, "江阳市")]


def test_parts_listed_before_a_shared_share_each_take_the_share():
    # 企业、政府属研究机构、高等学校经费所占比重: each part's 经费所占比重, however its name ends
    rows = rows_of("企业、政府属研究机构、高等学校经费所占比重分别为78.4%、10.0%和9.3%。"
                   "基础研究、应用研究和试验发展经费所占比重分别为5.5%、10.9%和83.6%。")
    assert [(r.indicator, r.value) for r in rows] == [
        ("企业经费所占比重", 78.4), ("政府属研究机构经费所占比重", 10.0), ("高等学校经费所占比重", 9.3),
        ("基础研究经费所占比重", 5.5), ("应用研究经费所占比重", 10.9), ("试验发展经费所占比重", 83.6)]


def test_places_listed_before_what_each_achieved_are_the_subjects_in_order():
    rows = rows_of("2022年，临江高新区地区生产总值达到1356亿元，同比增长7.1%；"
                   "桐城高新区、北湖高新区分别实现地区生产总值982亿元、764亿元。")
    assert [(r.indicator, r.value, r.subject) for r in rows] == [
        ("地区生产总值", 1356, "临江高新区"), ("地区生产总值", 982, "桐城高新区"), ("地区生产总值", 764, "北湖高新区")]


def test_a_list_named_as_rates_gives_each_place_its_rate():
    # 营业收入增速分别达到15.8%、13.9%: rates of 营业收入 named by 增速, with no verb of growth
    rows = rows_of("上半年，沅州高新区营业收入达到2860亿元，增长10.2%。"
                   "在增速方面，武陵高新区、潇湘高新区营业收入增速分别达到15.8%、13.9%，位居全省前两位。")
    assert [(r.indicator, r.value, r.growth_pct, r.growth_kind, r.subject) for r in rows[1:]] == [
        ("营业收入增速", 15.8, 15.8, "yoy", "武陵高新区"), ("营业收入增速", 13.9, 13.9, "yoy", "潇湘高新区")]


def test_a_measure_listed_after_a_clause_that_counted_the_industries_is_each_industrys():
    # 新能源汽车及零部件、新一代信息技术两大主导产业…，全年分别实现产值486亿元、352亿元: each industry's 产值
    rows = rows_of("2023年，桐江高新区新能源汽车及零部件、新一代信息技术两大主导产业加快壮大，"
                   "全年分别实现产值486亿元、352亿元，同比分别增长18.2%、11.5%。")
    assert [(r.indicator, r.value, r.growth_pct, r.subject) for r in rows] == [
        ("新能源汽车及零部件产值", 486, 18.2, "桐江高新区"), ("新一代信息技术产值", 352, 11.5, "桐江高新区")]


def test_totals_listed_after_new_counts_are_each_the_total_of_the_thing_counted_in_its_place():
    # 新增A 89家、B 12家，累计分别达到347家和53家: A's total, then B's
    rows = rows_of("2023年，全市新增省级“专精特新”中小企业89家、国家级专精特新“小巨人”企业12家，累计分别达到347家和53家。")
    assert [(r.indicator, r.value) for r in rows] == [
        ("新增省级专精特新中小企业", 89), ("新增国家级专精特新小巨人企业", 12),
        ("省级专精特新中小企业总数", 347), ("国家级专精特新小巨人企业总数", 53)]


def test_pollutants_listed_before_their_cuts_each_have_their_rate():
    rows = rows_of("单位工业增加值能耗同比下降5.1%，化学需氧量、氨氮排放量分别削减6.3%和7.8%。")
    assert [(r.indicator, r.value, r.growth_pct) for r in rows[1:]] == [
        ("化学需氧量增速", -6.3, -6.3), ("氨氮排放量增速", -7.8, -7.8)]
    assert {r.category for r in rows} == {"environment"}


def test_a_rate_said_before_the_level_it_reached_is_that_levels():
    rows = rows_of("2024年，桐源高新区营业收入增长11.2%，达到1560亿元；规上工业增加值增长9.1%，占全市比重为18%。")
    assert [(r.indicator, r.value, r.unit, r.growth_pct) for r in rows] == [
        ("营业收入", 1560, "亿元", 11.2), ("规上工业增加值增速", 9.1, "%", 9.1), ("规上工业增加值占全市比重", 18, "%", None)]


def test_an_aim_verb_watching_a_target_is_no_part_of_its_name():
    rows = rows_of("下一步，青岚高新区将紧盯全年地区生产总值增长8%左右的目标，瞄准规上工业总产值突破1300亿元。")
    assert [r.indicator for r in rows] == ["地区生产总值增速目标", "规上工业总产值"]


def test_the_field_a_rank_is_among_is_no_figure():
    rows = rows_of("宁州高新区在全国178家国家高新区中综合排名第32位，营业收入达到2865亿元。全区GDP在全省30家高新区中排名第5。")
    assert [(r.value, r.unit) for r in rows] == [(2865, "亿元")]
    assert [r.value for r in rows_of("全省30家高新区实现营业收入1.2万亿元。")] == [30, 1.2]


def test_money_set_aside_each_year_is_named_by_the_fund_after_it():
    rows = rows_of("秦川高新区设立每年5000万元的人才专项资金。抚河高新区每年安排不少于1亿元人才发展专项资金。沂州高新区组建了总规模120亿元的基金群。")
    assert [r.indicator for r in rows] == ["人才专项资金", "人才发展专项资金", "基金群总规模"]


def test_money_set_aside_is_named_by_the_fund_it_sets_up_or_what_it_is_used_for():
    rows = rows_of("宁川市每年拿出不低于5亿元设立人才发展专项资金。江州高新区安排3亿元用于人才引进。"
                   "临峰高新区累计投入2亿元用于企业研发。桐宇市财政科技支出12亿元，用于支持企业研发。")
    assert [r.indicator for r in rows] == ["人才发展专项资金", "人才引进资金", "企业研发投入", "财政科技支出"]


def test_a_title_naming_the_zone_national_gives_it_the_name_the_text_uses():
    rows = rows_of("2013年，抚河高新区升级为国家高新区。\n去年，全区实现营业收入1086.3亿元。今年一季度，抚河高新区实现营业收入268.4亿元。",
                   title="十年磨一剑——抚河国家高新区升级十周年发展纪实", publish_year=2023, publish_month=6)
    assert [r.subject for r in rows] == ["抚河高新区", "抚河高新区"]


def test_a_zones_founding_opening_a_profile_dates_none_of_its_stock_figures():
    text = ("鹭洲高新区始建于1992年，2010年升级为国家级高新区。园区规划面积86.5平方公里，常住人口约28万人。\n"
            "园区现有各类市场主体1.2万余家。\n近年来，鹭洲高新区综合实力持续提升。2022年，园区实现营业总收入3286亿元。")
    rows = rows_of(text, title="园区概况", publish_year=2023, publish_month=5)
    assert [(r.value, r.year) for r in rows] == [(86.5, None), (28, None), (1.2, None), (3286, 2022)]


def test_a_neighbour_named_in_a_countys_opening_is_no_subject():
    rows = rows_of("青峪县位于江州市东南部，东邻临溪县，南接云岭山区。2022年末，全县户籍人口46.83万人，常住人口39.2万人。",
                   title="青峪县概况")
    assert [r.subject for r in rows] == ["青峪县", "青峪县"]


def test_a_districts_entry_in_a_citys_yearbook_is_the_districts():
    rows = rows_of("临江区\n概况 临江区地处澜川市中心城区北部，面积286.4平方千米。2021年，全区实现地区生产总值612.8亿元。",
                   publisher="澜川市地方志编纂委员会办公室")
    assert [r.subject for r in rows] == ["临江区", "临江区"]
    rows = rows_of("2021年，全市实现地区生产总值3612.8亿元。", publisher="澜川市统计局")
    assert [r.subject for r in rows] == ["澜川市"]


@pytest.mark.parametrize("title", ["数说2023丨盘点高新区的这一年", "聚焦·高新区的这一年", "看高新区这一年", "盘点：高新区这一年"])
def test_a_titles_column_and_lead_words_before_a_bare_zone_suffix_name_no_zone(title):
    text = "2023年，沙河高新区交出了一份亮眼的成绩单。\n1-11月，全区实现规上工业总产值1436.8亿元，同比增长11.6%。"
    rows = rows_of(text, title=title, publish_year=2023, publish_month=12)
    assert [r.subject for r in rows] == ["沙河高新区"]


def test_a_bracketed_section_heading_is_no_opening_paragraph_of_the_year_an_article_is_about():
    # 【经济发展】 heads the lines under it: the period of the first of them still dates the whole review.
    text = ("2023，这一年，沙河高新区交出了一份亮眼的成绩单。一起来看这些数字——\n【经济发展】\n"
            "1-11月，全区实现规上工业总产值1436.8亿元，同比增长11.6%。\n完成固定资产投资236亿元，增长13.1%。\n"
            "【科技创新】\n高新技术企业净增152家，总数达到1083家。")
    rows = rows_of(text, title="数说2023：沙河高新区的这一年", publish_year=2023, publish_month=12)
    assert [(r.value, r.year) for r in rows] == [(1436.8, 2023), (236, 2023), (152, 2023), (1083, 2023)]


def test_a_year_end_reviews_opening_names_its_year_without_nian():
    # 2023，这一年: the year the review is about; a bare four-digit number elsewhere is no year.
    opening = "{}，沙河高新区交出了一份亮眼的成绩单。\n【经济发展】\n全区实现规上工业总产值1436.8亿元，同比增长11.6%。"
    rows = rows_of(opening.format("2023，这一年"), title="沙河高新区的这一年", publish_year=2023, publish_month=12)
    assert [(r.value, r.year) for r in rows] == [(1436.8, 2023)]
    rows = rows_of(opening.format("2023"), title="沙河高新区的这一年", publish_year=2023, publish_month=12)
    assert [(r.value, r.year) for r in rows] == [(1436.8, None)]


def test_the_founding_of_the_zone_is_no_place():
    # 从建区之初的, 建区以来, 撤县设区后: when the zone (city, county) was founded, not a place named …建区
    rows = rows_of("2020年，青川高新区实现营业总收入2860亿元；工业总产值从建区之初的0.9亿元增长到2010亿元。"
                   "园区从业人员从建区初期的不足3000人增长到现在的23.6万人。企业数量自撤县设区以来增长了1200家。",
                   title="青川高新区建区30周年")
    assert {r.subject for r in rows} == {"青川高新区"}


def test_a_kind_of_construction_after_qizhong_is_a_part_of_the_total_no_subject():
    # 其中，公路建设完成投资…: a part of the city's investment, named by its kind, not a company
    rows = rows_of("2023年，全市完成交通固定资产投资218.6亿元，比上年增长7.4%。"
                   "其中，公路建设完成投资162.3亿元，水运建设完成投资31.8亿元。", title="潍川市交通运输发展统计公报")
    assert [(r.indicator, r.subject) for r in rows[1:]] == [
        ("公路建设投资", "潍川市"), ("水运建设投资", "潍川市")]


def test_a_customs_district_is_the_city_of_the_same_name_the_text_names():
    # 海州关区 in a customs release's title, 海州市 and 我市 in its body: one place, as the body names it
    rows = rows_of("据海州海关统计，2024年前三季度，海州市货物贸易进出口总值2136.8亿元人民币，增长8.7%。"
                   "其中，出口1418.2亿元，增长11.3%。前三季度，我市对东盟进出口398.5亿元。",
                   title="海州海关：2024年前三季度海州关区外贸进出口情况")
    assert {r.subject for r in rows} == {"海州市"}


def test_a_company_a_report_visits_is_what_its_anaphors_speak_of():
    # 在福源…有限公司的总装车间里…去年公司实现…: the company the scene is set in; 这家企业 after a company named: that one
    rows = rows_of("在福源智能装备有限公司的总装车间里，工人们正在组装工业机器人。公司总经理郑海涛告诉记者，"
                   "去年公司实现产值8.6亿元，同比增长27%。\n"
                   "不远处的绿拓新材料科技股份有限公司，一条新生产线刚刚调试完毕。去年，这家企业营业收入突破15亿元，净利润1.8亿元。\n"
                   "2023年，闽江高新区实现营业收入1580亿元，同比增长9.4%。", title="走进闽江高新区")
    assert [(r.indicator, r.subject) for r in rows] == [
        ("产值", "福源智能装备有限公司"), ("营业收入", "绿拓新材料科技股份有限公司"),
        ("净利润", "绿拓新材料科技股份有限公司"), ("营业收入", "闽江高新区")]


def test_an_amount_said_only_to_be_involved_is_named_by_the_finding_before_it():
    rows = rows_of("2023年，县审计局对预算执行情况进行了审计。发现已死亡人员继续领取养老待遇87人，涉及金额64.3万元；"
                   "11个项目建成后闲置或未发挥效益，涉及资金836万元；三是9个单位政府采购不规范，涉及金额1320.5万元。")
    amounts = [r.indicator for r in rows if r.unit == "万元"]
    assert amounts == ["已死亡人员继续领取养老待遇涉及金额", "闲置或未发挥效益项目涉及资金", "政府采购不规范单位涉及金额"]


def test_a_counted_noun_ends_before_the_verb_phrase_or_the_units_it_holds():
    rows = rows_of("2023年，县审计局对县教育局、县卫健局等15个部门及所属42家单位进行了审计。二是4个部门违规发放津贴补贴43.6万元。")
    assert [(r.indicator, r.value) for r in rows][:3] == [("部门", 15), ("单位", 42), ("部门", 4)]


def test_the_verb_opening_a_list_of_counts_is_each_items():
    rows = rows_of("2023年，县审计局对预算执行情况进行了审计。抽查乡镇8个、项目64个。")
    assert [r.indicator for r in rows] == ["抽查乡镇", "抽查项目"]


def test_a_metric_grown_from_a_time_told_by_an_event_names_both_its_values():
    rows = rows_of("2020年，青川高新区持续壮大。园区从业人员从建区初期的不足3000人增长到现在的23.6万人。")
    assert [(r.indicator, r.value) for r in rows] == [("从业人员", 3000), ("从业人员", 23.6)]


def test_people_said_to_find_work_are_named_with_the_deed():
    rows = rows_of("2023年，就业困难人员实现就业8760人，全区实现城镇新增就业1.2万人。")
    assert [r.indicator for r in rows] == ["就业困难人员实现就业", "城镇新增就业"]


def test_a_count_among_a_whole_whose_metric_fell_is_named_by_the_fall():
    rows = rows_of("上半年，全区规上工业企业中有89家产值同比下降，亏损企业亏损面达到17.4%。")
    assert [(r.indicator, r.unit) for r in rows][0] == ("产值下降规上工业企业", "家")
    rows = rows_of("2023年，全省高新区营业收入增长8.2%，另有2家高新区营业收入同比下降。")
    assert rows[-1].indicator == "营业收入下降高新区"


def test_people_counted_with_ge_are_counted_in_persons():
    rows = rows_of("2023年，我们团队从5个人发展到了60多人。园区引进3个人才项目。")
    assert [(r.indicator, r.value, r.unit) for r in rows][:2] == [("团队", 5, "人"), ("团队", 60, "人")]
    assert (rows[2].value, rows[2].unit) == (3, "个")


def test_a_completion_rate_named_before_its_plan_keeps_its_name():
    rows = rows_of("1至5月，安宁高新区完成投资63.5亿元，投资完成率达到年度计划的48.2%。")
    assert rows[-1].indicator == "投资完成率"


def test_an_investment_of_a_thing_named_after_it_is_that_things():
    rows = rows_of("2023年，在不远处的绿拓新材料科技股份有限公司，一条投资2.3亿元的新生产线刚刚调试完毕。")
    assert rows[0].indicator == "新生产线投资"


def test_a_heading_or_day_opening_a_line_before_a_space_is_no_part_of_a_name():
    # 工业 年末全区有…: a yearbook's section heading on the line of its text; 1月18日 总投资…: a chronicle's day
    rows = rows_of("2021年，临江区实现地区生产总值612.8亿元。\n工业 年末全区有规模以上工业企业218家。\n"
                   "科技创新 年末全区有高新技术企业386家。\n1月18日 总投资52亿元的晶圆项目开工建设。\n"
                   "12月30日 全年新增高新技术企业128家。")
    assert [r.indicator for r in rows] == ["地区生产总值", "规模以上工业企业", "高新技术企业", "晶圆项目总投资", "新增高新技术企业"]


def test_a_day_without_a_year_is_of_the_year_the_title_names_before_the_publish_dates():
    # 2022年…大事记 published in March 2023: its 1月18日 is of 2022; with no year in the title the publish date dates it
    text = "1月\n1月18日 总投资52亿元的晶圆项目开工建设。\n3月10日，高新区现场签约项目16个。"
    chronicle = rows_of(text, title="2022年鹭洲高新区大事记", publish_year=2023, publish_month=3)
    assert [r.year for r in chronicle] == [2022, 2022]
    news = rows_of(text, title="鹭洲高新区重大项目建设提速", publish_year=2023, publish_month=3)
    assert [r.year for r in news] == [2023, 2023]


def test_a_price_per_area_and_month_or_per_kilovolt_ampere_keeps_its_whole_unit():
    # 12元/平方米·月: rent per square metre and month; 30元/千伏安: a capacity charge per kVA of the transformer
    rows = rows_of("标准厂房租金12元/平方米·月，前三年租金减半。大工业用电基本电价按变压器容量计收，每月30元/千伏安。")
    assert [(r.value, r.unit, r.base_unit) for r in rows] == [
        (12, "元/平方米·月", "元/平方米·月"), (30, "元/千伏安", "元/千伏安")]
    assert (only("厂房租金每月15元/㎡·月。").base_unit, only("电费0.6元/千瓦时。").unit) == ("元/平方米·月", "元/千瓦时")


def test_an_amount_bounding_the_projects_a_policy_is_for_is_no_figure():
    # 对…5亿元以上的制造业项目: which projects the subsidy is for, not an amount invested
    rows = rows_of("对新引进的固定资产投资5亿元以上的制造业项目，按设备投资额的8%给予补助，最高不超过2000万元。")
    assert [(r.value, r.unit) for r in rows] == [(8, "%"), (2000, "万元")]


def test_towns_and_townships_counted_by_their_own_measure_word_are_named_by_it():
    # 辖8镇4乡: the 8 towns are no 4乡, and 辖 is no name
    rows = rows_of("2022年末，青峪县县域总面积1862平方千米，辖8镇4乡，156个行政村、12个社区。")
    assert [(r.indicator, r.value, r.unit) for r in rows[1:3]] == [("镇", 8, "镇"), ("乡", 4, "乡")]
    assert [r.indicator for r in rows_of("全县辖8镇、4乡。")] == ["镇", "乡"]


def test_the_share_of_an_amount_a_subsidy_is_paid_at_is_named_by_the_amount_and_the_aid():
    rows = rows_of("对新落户的研发机构，按研发设备投入的30%给予补助，最高不超过500万元。按实际到位资金的5%给予一次性奖励。")
    assert [r.indicator for r in rows] == ["研发设备投入补助比例", "最高", "实际到位资金奖励比例"]


def test_a_charge_counted_by_some_measure_names_the_amount_in_the_clause_after_it():
    # 基本电价按变压器容量计收，每月30元/千伏安: the 30 yuan is the basic charge's, each month
    rows = rows_of("大工业用电电度电价0.6102元/千瓦时，基本电价按变压器容量计收，每月30元/千伏安。")
    assert [r.indicator for r in rows] == ["大工业用电电度电价", "基本电价每月"]


def test_a_multiple_with_more_before_bei_is_the_growth_of_its_level():
    # 增长20余倍, 增长100多倍: the 余/多 before 倍 as after it (增长7倍多), the level's growth, no row of its own
    rows = rows_of("高新技术企业达到1352家，较2012年增长20余倍；国家级研发平台达到46个，增长100多倍。")
    assert [(r.indicator, r.value, r.growth_pct, r.growth_kind) for r in rows] == [
        ("高新技术企业", 1352, 20, "multiple"), ("国家级研发平台", 46, 100, "multiple")]


def test_both_ends_of_a_change_from_the_start_keep_the_metric_name():
    rows = rows_of("园区高新技术企业从最初的12家发展到2021年的1352家。电子信息产业规模由2012年的320亿元跃升至2021年的1120亿元。")
    assert [r.indicator for r in rows] == ["高新技术企业", "高新技术企业", "电子信息产业规模", "电子信息产业规模"]


def test_a_communiques_notes_on_its_thresholds_and_sampling_give_no_figures():
    rows = rows_of("全年全区固定资产投资比上年增长6.8%。\n附注:\n3.固定资产投资统计起点为计划总投资500万元及以上的建设项目。\n"
                   "4.常住人口数据为2023年人口变动情况抽样调查推算数据,抽样比为1.2‰。")
    assert [(r.indicator, r.value) for r in rows] == [("固定资产投资增速", 6.8)]


def test_a_round_denominator_glued_before_a_rates_name_is_no_figure():
    rows = rows_of("全年各类生产安全事故死亡728人。工矿商贸就业人员十万人生产安全事故死亡人数0.92人。")
    assert [(r.value, r.unit) for r in rows] == [(728, "人"), (0.92, "人")]
    assert rows[1].indicator == "工矿商贸就业人员十万人生产安全事故死亡人数"
    assert all(r.unit != "万吨" for r in rows_of("煤矿百万吨死亡率0.05。"))


def test_a_pair_naming_the_levels_just_given_takes_their_rates_in_order():
    rows = rows_of("全年发生生产安全事故8起,死亡6人,事故起数和死亡人数分别比上年下降27.3%和33.3%。")
    assert [(r.value, r.unit, r.growth_pct, r.growth_kind) for r in rows] == [(8, "起", -27.3, "yoy"), (6, "人", -33.3, "yoy")]
    rows = rows_of("全年地区生产总值500亿元,第二产业增加值210亿元,工业和建筑业增加值分别增长5.1%和3.2%。")
    assert [r.growth_pct for r in rows][:2] == [None, None]


def test_a_figure_named_by_an_index_or_ratio_word_has_no_unit():
    rows = rows_of("亿元地区生产总值生产安全事故死亡率0.034。年末全市常住人口386.74万人,总人口性别比为104.76(以女性为100)。"
                   "城乡居民人均可支配收入比值为2.34(以农村居民为1)。全年居民消费价格指数(CPI)为100.3。")
    assert [(r.indicator, r.value, r.unit) for r in rows] == [
        ("亿元地区生产总值生产安全事故死亡率", 0.034, ""), ("常住人口", 386.74, "万人"), ("总人口性别比", 104.76, ""),
        ("城乡居民人均可支配收入比值", 2.34, ""), ("居民消费价格指数", 100.3, "")]
    assert rows[0].value_base == 0.034 and rows[0].base_unit == ""
    rows = rows_of("全年城乡居民消费价格总指数为101.9,比上年上涨1.9%。")
    assert [(r.indicator, r.value, r.unit, r.growth_pct) for r in rows] == [
        ("城乡居民消费价格总指数", 101.9, "", None), ("城乡居民消费价格增速", 1.9, "%", 1.9)]
    rows = rows_of("亿元地区生产总值生产安全事故死亡率为0.011,下降14.8%。")
    assert [(r.value, r.unit, r.growth_pct) for r in rows] == [(0.011, "", -14.8)]
    assert rows_of("发展指数2023年排名第3。综合指数为3200点。") == []


def test_a_plot_ratio_or_a_ratio_narrowed_to_a_value_has_no_unit():
    rows = rows_of("江州高新区工业用地综合容积率为1.15。宁川市城乡居民收入比缩小至1.92，容积率不低于1.2。")
    assert [(r.indicator, r.value, r.unit, r.qualifier) for r in rows] == [
        ("工业用地综合容积率", 1.15, "", ""), ("城乡居民收入比", 1.92, "", ""), ("容积率", 1.2, "", "over")]
    assert rows_of("收入比缩小至2023年的水平。容积率为2023年核定。") == []  # a year is no ratio



def test_a_unitless_ratio_moved_from_one_value_to_another_gives_both():
    # 平均容积率由1.2提升至2.0以上: where it moved from, and where it reached, with the qualifier after it
    rows = rows_of("江州高新区平均容积率由1.1提升至1.8以上，收入比从2.6缩小到2.4。")
    assert [(r.indicator, r.value, r.unit, r.qualifier) for r in rows] == [
        ("平均容积率", 1.1, "", ""), ("平均容积率", 1.8, "", "over"), ("收入比", 2.6, "", ""), ("收入比", 2.4, "", "")]
    assert rows_of("容积率1.2以上的企业。") == []


def test_a_ratio_word_names_its_figure_across_a_note_in_brackets_and_its_change_on_its_own_scale():
    rows = rows_of("2020年，宁川市总人口性别比（以女性为100，男性对女性的比例）为103.27，比2010年下降0.85。")
    assert [(r.indicator, r.value, r.unit, r.growth_pct) for r in rows] == [
        ("总人口性别比", 103.27, "", None), ("总人口性别比减少", 0.85, "", None)]
    row = only("2023年，宁川市软件和信息技术服务业（含互联网信息服务，下同）营业收入386亿元。")
    assert row.indicator == "软件和信息技术服务业营业收入"
    rows = rows_of("2023年，宁川市法人单位12468个，比2018年末（第四次全国经济普查，下同）增加5327个。")
    assert rows[1].indicator == "法人单位增加"


def test_a_ratio_to_one_is_given_by_its_other_side_with_no_unit():
    rows = rows_of("2022年，宁川县初中生师比为12.46:1，医护比为1：1.21，三次产业结构比为5:40:55，会议于15:30开始。")
    assert [(r.indicator, r.value, r.unit, r.quote) for r in rows] == [
        ("初中生师比", 12.46, "", "12.46:1"), ("医护比", 1.21, "", "1：1.21")]


def test_a_section_of_a_provincial_department_publishing_is_the_departments_and_its_province_the_subject():
    # 来源：高新技术发展及产业化处 on a page titled '…-湖北省科学技术厅': the department's section, so 全省 is 湖北省
    # and 全省12家国家高新区 the province's zones taken together (国家高新区 alone names no zone)
    from viewer.core.read_html import read_html

    page = ("<html><head><title>2023年全省国家高新区主要经济指标保持较快增长-湖北省科学技术厅</title></head><body>"
            "<div class='title'>2023年全省国家高新区主要经济指标保持较快增长</div>"
            "<div class='info'>发布时间：2024-01-25 09:30&nbsp;&nbsp;来源：高新技术发展及产业化处</div>"
            "<div class='content'><p>1月23日，记者从省科技厅获悉，2023年，全省12家国家高新区实现营业收入2.46万亿元，"
            "同比增长7.8%；实现工业增加值5216亿元，同比增长8.1%；研发投入强度达到4.2%。</p>"
            "<p>创新平台方面，全省国家高新区拥有国家级科技企业孵化器68家。</p></div>"
            "<div id='footer'>主办：湖北省科学技术厅</div></body></html>")
    article = read_html(page)
    assert article.publisher == "湖北省科学技术厅高新技术发展及产业化处"
    rows = rows_of(article.text, title=article.title, publisher=article.publisher, publish_year=2024, publish_month=1)
    assert {r.subject for r in rows} == {"湖北省"}


def test_a_breakdown_by_zone_names_no_place_and_each_zone_keeps_its_figures():
    # 分园区看 (like 分城市看) opens a breakdown: the zones after it are the subjects, 分园区 none
    rows = rows_of("2023年，全省12家国家高新区实现营业收入2.46万亿元，同比增长7.8%。分园区看，楚江高新区实现营业收入1.35万亿元，"
                   "同比增长9.1%；清江高新区实现工业总产值865亿元，同比增长12.3%，其中新材料产业产值386亿元。",
                   title="全省高新区发展迈上新台阶", publisher="湖北省科学技术厅")
    assert [(r.value, r.subject) for r in rows[2:]] == [(1.35, "楚江高新区"), (865, "清江高新区"), (386, "清江高新区")]


def test_a_count_of_national_zones_after_a_list_of_their_names_is_no_zone():
    # 赣源、章江、庐陵三家国家高新区合计…: the three together, not 庐陵 with 三家 glued on, nor 三家国家高新区
    rows = rows_of("2023年，赣源、章江、庐陵三家国家高新区合计实现营业收入5630亿元，同比增长8.9%。",
                   title="江西三家国家高新区各显其能")
    assert [r.subject for r in rows] == ["江西"]


def test_a_zones_official_speaking_of_yuanqu_speaks_of_his_zone():
    # 赣源高新区管委会主任…告诉记者，园区正在…已落地项目42个: 园区 in his words is his zone
    rows = rows_of("2023年，赣源、章江、庐陵三家国家高新区合计实现营业收入5630亿元。\n"
                   "作为全省首家国家高新区，赣源高新区2023年实现营业收入2870亿元，同比增长9.6%。"
                   "赣源高新区管委会主任陈晓东告诉记者，园区正在加快建设航空产业园，已落地项目42个，总投资超过300亿元。",
                   title="江西三家国家高新区各显其能")
    assert [(r.value, r.subject) for r in rows[1:]] == [(2870, "赣源高新区"), (42, "赣源高新区"), (300, "赣源高新区")]


def test_a_sentence_of_a_yearbooks_company_entry_with_no_subject_of_its_own_continues_the_company():
    # 重点企业 澜川华晟电子有限公司 成立于…。2021年实现产值…: the company's figures; a sentence opening with 全区 or
    # naming a place, or in another paragraph, is not the company's
    text = ("概况 2021年,临江区实现地区生产总值612.8亿元,增长8.6%。\n"
            "重点企业 澜川华晟电子有限公司 成立于2003年,位于临江经济开发区,主要生产印制电路板。2021年实现产值48.6亿元,"
            "增长27.3%,上缴税金2.1亿元,有员工3600余人。全区规模以上工业企业实现产值1260亿元。\n"
            "2021年实现社会消费品零售总额215亿元。")
    rows = rows_of(text, title="临江区")
    assert [(r.value, r.subject) for r in rows] == [
        (612.8, "临江区"), (48.6, "澜川华晟电子有限公司"), (2.1, "澜川华晟电子有限公司"), (3600, "澜川华晟电子有限公司"),
        (1260, "临江区"), (215, "临江区")]


def test_a_part_of_the_place_alone_names_the_metric_before_of_that_part():
    rows = rows_of("全省居民恩格尔系数为29.7%，其中城镇为28.3%，农村为32.5%。全体居民人均可支配收入32150元，其中城镇居民45230元。")
    assert [r.indicator for r in rows] == [
        "居民恩格尔系数", "城镇居民恩格尔系数", "农村居民恩格尔系数", "全体居民人均可支配收入", "城镇居民人均可支配收入"]


def test_the_dead_of_the_accidents_just_counted_are_named_by_them():
    rows = rows_of("全年发生各类生产安全事故152起，死亡98人。")
    assert [(r.indicator, r.category) for r in rows] == [
        ("发生各类生产安全事故", "society"), ("生产安全事故死亡人数", "society")]


def test_a_section_without_a_year_after_the_plans_year_goes_on_with_the_plans_year():
    # 二、2024年目标 … 三、重点工作: the work under 三 is that of the year to come; after a review of the year
    # behind (一、2023年回顾 … 二、下一步打算) a heading without a year ends it
    text = ("一、2023年工作回顾\n2023年，全市实现地区生产总值2386.7亿元。\n二、2024年目标\n地区生产总值增长5.5%左右。\n"
            "三、重点工作\n确保工业投资增长10%以上，技改投资占工业投资比重达到40%。\n新建改扩建学校32所。")
    rows = rows_of(text, title="2024年澧阳市人民政府工作报告")
    assert [(r.value, r.year) for r in rows] == [(2386.7, 2023), (5.5, 2024), (10, 2024), (40, 2024), (32, 2024)]
    text = "一、2023年回顾\n营业收入12亿元。\n二、下一步打算\n新增企业30家。"
    assert [year for _, year in TextContext(text, publish_year=2024, publish_month=2).sections] == [2023, None]


def test_a_lead_in_before_the_time_word_opening_a_paragraph_does_not_stop_its_year():
    # 报告指出，去年全区…。民生领域支出68.5亿元: 去年 after a report's lead-in dates the paragraph's later sentences
    text = ("1月8日，东江市港南区第五届人民代表大会第五次会议开幕。\n"
            "报告指出，去年全区新开工亿元以上项目96个，竣工投产58个。民生领域支出68.5亿元，占一般公共预算支出的78.6%。")
    rows = rows_of(text, publish_year=2025, publish_month=1)
    assert [(r.value, r.year) for r in rows] == [(96, 2024), (58, 2024), (68.5, 2024), (78.6, 2024)]
    rows = rows_of("3月5日，市人民代表大会开幕。\n政府工作报告显示，2023年，全市新增高新技术企业320家。研发投入强度达到2.6%。",
                   publish_year=2024, publish_month=3)
    assert [(r.value, r.year) for r in rows] == [(320, 2023), (2.6, 2023)]


def test_now_after_last_years_figures_is_not_last_year():
    text = "去年，该区外贸进出口总额达到523.6亿元。目前，区内跨境电商企业超过80家。"
    assert [r.year for r in rows_of(text, publish_year=2021, publish_month=5)] == [2020, None]
    # this year's, so far: 今年以来…。截至目前… is this year's
    text = "今年以来，云岭高新区人才加速集聚。截至目前，全区累计引进博士120名。"
    assert [r.year for r in rows_of(text, publish_year=2023, publish_month=11)] == [2023]


def test_now_and_what_is_still_to_come_are_not_the_year_a_headline_of_last_years_figures_names():
    # 去年 in the title dates what was done, not what a zone now has (目前) nor what it will do (将设立)
    text = ("园区生物医药产业去年实现产值1426亿元。\n目前，宁川高新区集聚生物医药企业2300余家。\n"
            "园区将设立规模100亿元的产业母基金。\n园区将企业开办环节压减至2个；政务服务事项1386项实现网上办理。")
    rows = rows_of(text, title="宁川高新区生物医药产业去年产值1426亿元", publish_year=2024, publish_month=4)
    assert [(r.value, r.year) for r in rows] == [(1426, 2023), (2300, None), (100, None), (2, 2023), (1386, 2023)]


def test_now_inside_a_sentence_after_a_founding_year_is_not_that_year():
    # 1991年，…批准设立。三十年来，园区…发展到如今规划面积128平方公里: now, not 1991
    text = ("1991年，江州高新区经国务院批准设立。三十年来，园区从几平方公里起步，发展到如今规划面积128平方公里。\n"
            "2020年，江州高新区实现营业收入1043.6亿元。")
    rows = rows_of(text, publish_year=2021, publish_month=9)
    assert [(r.value, r.year) for r in rows] == [(128, None), (1043.6, 2020)]
    # a figure before the 目前 of its sentence keeps the paragraph's year
    text = "去年，全区新引进博士136名，目前已在站工作82名。\n2022年，全区人才总量达到24.6万人。"
    assert [(r.value, r.year) for r in rows_of(text, publish_year=2024, publish_month=3)] == [
        (136, 2023), (82, 2023), (24.6, 2022)]


def test_what_a_place_now_has_is_of_now_like_what_it_has_at_present():
    # 园区现有两院院士67名 after a paragraph of last year's: now, as 目前，园区建有… is; 推动现有企业 is no such word
    text = ("2022年，宁川高新区实现营业收入5260亿元。\n人才方面，园区现有两院院士67名。\n"
            "目前，园区建有院士工作站23家。\n全区推动现有企业实施技术改造项目120个。")
    rows = rows_of(text, publish_year=2023, publish_month=11)
    assert [(r.value, r.year) for r in rows] == [(5260, 2022), (67, None), (23, None), (120, 2022)]


def test_a_county_named_once_is_no_subject_of_a_text_about_the_whole_city():
    rows = rows_of("1—10月，全市新签约招商引资项目412个。\n部分地区项目落地率偏低。南溪县到位资金同比下降3.2%。",
                   title="关于2025年10月份全市招商引资工作情况的通报", publisher="市投资促进局")
    assert [(r.value, r.subject) for r in rows] == [(412, ""), (-3.2, "南溪县")]


def test_the_whole_province_opening_an_aims_clause_after_a_zone_named_before_holds_its_figure():
    rows = rows_of("下一步，省科技厅将推动桂湖、宁州高新区进入全国前50，力争到2027年全省国家高新区营业收入突破2.5万亿元。",
                   title="我省国家高新区综合评价成绩创历史最好水平", publisher="南岭省科学技术厅")
    assert [(r.value, r.year, r.subject) for r in rows] == [(2.5, 2027, "南岭省")]


def test_a_result_said_to_show_before_the_year_opening_a_paragraph_dates_the_paragraph():
    text = ("评价结果显示，2023年，全省国家高新区实现营业收入1.86万亿元，同比增长9.4%。"
            "全省国家高新区以占全省1.8%的土地面积，贡献了全省约24%的地区生产总值。")
    rows = rows_of(text, title="我省国家高新区综合评价成绩创历史最好水平", publish_year=2025, publish_month=3)
    assert [r.year for r in rows] == [2023, 2023, 2023]


def test_a_slogan_to_build_a_first_rate_national_zone_names_no_zone():
    # 加快建设一流国家高新区, 为加快建设一流国家高新区而努力奋斗: what the zone strives to be, not its name; 奋力开创澄湖高新区…
    # names the zone after its verb
    text = ("凝心聚力 争先进位 奋力开创澄湖高新区高质量发展新局面\n——在2024年澄湖高新区工作会议上的报告\n同志们：\n"
            "这次会议的主要任务是，全面总结2023年工作，加快建设一流国家高新区。\n"
            "2023年，全区实现地区生产总值586.3亿元，同比增长7.8%；高新技术企业达到612家。\n"
            "让我们为加快建设一流国家高新区而努力奋斗！")
    rows = rows_of(text)
    assert [r.subject for r in rows] == ["澄湖高新区", "澄湖高新区"]


def test_a_district_named_with_its_city_is_what_its_report_is_about():
    # 东江市港南区第五届人民代表大会…，去年全区实现…: 全区 is 港南区; the city only names whose district it is
    text = ("2025-01-09 08:12　来源：东江日报\n\n1月8日，东江市港南区第五届人民代表大会第五次会议开幕。区长黄志刚代表区人民政府向大会作政府工作报告。\n"
            "报告指出，去年全区实现地区生产总值1268.4亿元，增长6.1%；一般公共预算收入完成86.9亿元，增长7.2%。")
    rows = rows_of(text, title="政府工作报告摘要", publisher="东江日报")
    assert [r.subject for r in rows] == ["港南区", "港南区"]


def test_a_title_naming_a_city_then_its_district_is_about_the_district():
    # 宁川市港南区2022年…统计公报, …全区…: the district, the innermost place the title names, though the text names the
    # city once as often
    text = "全年全区实现地区生产总值612.5亿元，增长5.1%。年末拥有高新技术企业468家。"
    rows = rows_of(text, title="宁川市港南区2022年国民经济和社会发展统计公报")
    assert [r.subject for r in rows] == ["港南区", "港南区"]
    rows = rows_of("年末拥有高新技术企业1468家。", title="江州省宁川市2022年国民经济和社会发展统计公报")
    assert [r.subject for r in rows] == ["宁川市"]


def test_a_headline_opening_with_how_long_up_to_now_names_the_place_after_it():
    # 五年来国家高新区…综述: 五年来 is how long, no part of the name; the count of the zones keeps their name
    text = "五年来，国家高新区数量由2017年的156家增加至2022年的178家。国家高新区实现营业收入52.1万亿元。"
    rows = rows_of(text, title="五年来国家高新区创新发展综述")
    assert [(r.indicator, r.subject) for r in rows] == [
        ("国家高新区数量", "国家高新区"), ("国家高新区数量", "国家高新区"), ("营业收入", "国家高新区")]
    rows = rows_of("全年实现营业收入612亿元。", title="今年以来江州高新区经济运行综述")
    assert [r.subject for r in rows] == ["江州高新区"]


def test_places_listed_before_what_each_respectively_achieved_take_their_figures_in_order():
    # 江州高新区、宁川高新区分别实现技工贸总收入…: a measure's kind (技工贸) before its noun, each zone's own
    rows = rows_of("江州高新区、宁川高新区分别实现技工贸总收入1210.4亿元和856.7亿元。")
    assert [(r.indicator, r.subject) for r in rows] == [("技工贸总收入", "江州高新区"), ("技工贸总收入", "宁川高新区")]
    # 江苏、广东、浙江3省国家级孵化器数量分别为…: the count of the provinces is no part of the name they share
    rows = rows_of("江苏、广东、浙江3省国家级孵化器数量分别为245家、216家和98家。")
    assert [(r.indicator, r.subject) for r in rows] == [
        ("国家级孵化器数量", "江苏"), ("国家级孵化器数量", "广东"), ("国家级孵化器数量", "浙江")]


def test_joined_regions_opening_a_sentence_hold_its_figures():
    # 中西部地区国家级孵化器数量增至435家, 东中部…: regions joined are regions, as 东部地区 is
    rows = rows_of("东部地区国家级孵化器数量为812家。中西部地区国家级孵化器数量增至435家。东中部在孵企业总收入占全国的82%。")
    assert [r.subject for r in rows] == ["东部地区", "中西部地区", "东中部"]
    assert rows[1].indicator == "国家级孵化器数量"


def test_the_levels_a_thing_is_of_name_no_place():
    # 地表水国省考断面: the sections examined by the state and the province (国省), of the district's water
    rows = rows_of("地表水国省考断面水质优Ⅲ类比例为100%。", title="港南区2022年国民经济和社会发展统计公报")
    assert [(r.indicator, r.subject) for r in rows] == [("地表水国省考断面水质优Ⅲ类比例", "港南区")]


def test_a_one_character_conjunct_before_a_list_mark_shares_the_head_after_it():
    # 本外币存、贷款余额: 存款余额 and 贷款余额, both of 金融机构本外币; and what each grew by since the year began
    rows = rows_of("2023年，全市金融机构本外币存、贷款余额分别达到3862亿元、3015亿元，比年初分别增加312亿元、356亿元。")
    assert [r.indicator for r in rows[:2]] == ["金融机构本外币存款余额", "金融机构本外币贷款余额"]
    assert "存款" in rows[2].indicator and "贷款" in rows[3].indicator


def test_the_totals_listed_after_new_ones_are_each_of_the_things_counted_in_its_place():
    # 新增独角兽企业1家、瞪羚企业12家，总数分别达到3家和47家: 独角兽企业总数 3, 瞪羚企业总数 47
    rows = rows_of("2023年，全区新增独角兽企业1家、瞪羚企业12家，总数分别达到3家和47家。")
    assert [(r.indicator, r.value) for r in rows] == [
        ("新增独角兽企业", 1), ("新增瞪羚企业", 12), ("独角兽企业总数", 3), ("瞪羚企业总数", 47)]



def test_an_output_value_after_the_area_of_a_crop_is_the_crops():
    # 茶叶种植面积达到15.6万亩，综合产值38亿元: the tea's 综合产值, not the county's
    rows = rows_of("2021年，全县茶叶种植面积达到15.6万亩，综合产值38亿元。")
    assert [(r.indicator, r.value) for r in rows] == [("茶叶种植面积", 15.6), ("茶叶综合产值", 38)]


def test_a_planned_investment_after_a_count_of_projects_is_the_projects():
    # 市级重点项目380个，年度计划投资1100亿元: the projects' planned investment for the year, not the city's
    rows = rows_of("2021年，全年安排市级重点项目380个，年度计划投资1100亿元。")
    assert [(r.indicator, r.value) for r in rows] == [("市级重点项目", 380), ("市级重点项目年度计划投资", 1100)]


def test_a_share_of_a_target_set_from_above_is_the_completion_rate_of_the_level_before():
    # 城镇新增就业5.82万人，完成省定目标的126%: how much of the province's target for new jobs was done
    rows = rows_of("2021年，城镇新增就业5.82万人，完成省定目标的126%。")
    assert [(r.indicator, r.value) for r in rows] == [("城镇新增就业", 5.82), ("城镇新增就业省定目标完成率", 126)]


def test_a_total_after_the_change_of_a_count_is_of_the_things_counted():
    # 新签约招商引资项目412个，同比增加37个，协议投资总额2865.3亿元: the projects' agreed investment in all, not the increase's
    rows = rows_of("1—10月，全市新签约招商引资项目412个，同比增加37个，协议投资总额2865.3亿元，同比增长14.2%。")
    assert [(r.indicator, r.value) for r in rows][-1] == ("新签约招商引资项目协议投资总额", 2865.3)


def test_the_source_a_figure_is_taken_from_names_no_place():
    row = only("根据市政府工作报告，今年全市经济发展主要预期目标为：生产总值增长7%以上。", title="宁川市经济运行新闻发布会")
    assert row.subject == "宁川市"


def test_growth_expected_this_year_is_a_target_and_so_are_the_rates_listed_after_it():
    rows = rows_of("今年全市生产总值预期增长6%左右，规上工业增加值增长7%以上。", publish_year=2025, publish_month=1)
    assert [(r.indicator, r.value, r.year) for r in rows] == [("生产总值增速目标", 6, 2025), ("规上工业增加值增速目标", 7, 2025)]
    assert only("全年地区生产总值增长6.2%，高于预期增长目标0.2个百分点。").indicator == "地区生产总值增速"


def test_a_company_named_by_its_legal_name_goes_on_by_a_short_name_of_it():
    # 宁川市华晶新材料股份有限公司 … 华晶新材: the opening of its name without place and legal form; 锐光激光: the opening
    # and a later word of it
    text = ("宁川市华晶新材料股份有限公司是园区龙头。2023年，华晶新材实现营业收入52.3亿元。\n"
            "在宁川市锐光光纤激光技术有限公司的展厅里，记者见到了新产品。据介绍，锐光激光光纤激光器出货量约4.2万台。")
    rows = rows_of(text, title="江州高新区新闻")
    assert [(r.indicator, r.subject) for r in rows] == [("营业收入", "华晶新材"), ("光纤激光器出货量", "锐光激光")]


def test_a_legal_name_after_a_comma_or_the_company_it_is_of_and_a_groups_bracket_name_a_company():
    # …中小企业园，宁川市博远新材料股份有限公司的车间内…: a legal name opening a clause; 其母公司…（集团）股份有限公司: whole
    text = ("在江州高新区中小企业园，宁川市博远新材料股份有限公司的车间内一片忙碌。今年上半年，博远新材实现营业收入2.8亿元。"
            "其母公司宁川高新技术产业（集团）股份有限公司2021年实现营业收入107.46亿元。")
    assert [r.subject for r in rows_of(text, title="江州高新区新闻")] == [
        "博远新材", "宁川高新技术产业（集团）股份有限公司"]


def test_a_quote_a_companys_officer_gives_is_of_that_company():
    # “…我们的订单…”公司总经理…: 公司 is the company the paragraph named before the quote; ”锐光激光副总经理…: the one named
    text = ("在宁川市华晶光电科技有限公司的车间里，生产线正在满负荷运转。“今年上半年，我们的订单同比增长了35%。”公司总经理李华告诉记者。\n"
            "宁川市锐光光纤激光技术股份有限公司的展厅里人头攒动。“公司光纤激光器国内市场占有率超过27%。”锐光激光副总经理陈明说。\n"
            "“全区新增企业1200家。”江州高新区有关负责人表示。")
    rows = rows_of(text, title="江州高新区新闻", publish_year=2023)
    assert [(r.indicator, r.subject) for r in rows] == [
        ("订单增速", "宁川市华晶光电科技有限公司"), ("光纤激光器国内市场占有率", "锐光激光"), ("新增企业", "江州高新区")]


def test_a_companys_product_is_no_company_and_a_legal_name_after_的_is_one():
    # …有限公司的华晶新药去年在美国获批上市: the company's drug; 成立仅4年的宁川市宸安生物科技有限公司: a company
    text = ("宁川市华晶医药有限公司的华晶新药去年在美国获批上市，销售额迅速攀升。该公司在江州的研发中心现有员工约900人。"
            "成立仅4年的宁川市宸安生物科技有限公司，已完成多轮融资，累计融资额超过12亿元。")
    assert [r.subject for r in rows_of(text, title="江州高新区新闻")] == [
        "宁川市华晶医药有限公司", "宁川市宸安生物科技有限公司"]


def test_企业_opening_a_sentence_after_one_naming_a_company_is_that_company():
    # …天准光学2017年落户江州高新区。企业现有员工2100人…；累计获得…: the company's, to the sentence's end; 企业 after a
    # sentence naming none is any firm
    text = ("宁川市天准光学有限公司（以下简称“天准光学”）位于园区。据了解，天准光学2017年落户江州高新区。"
            "企业现有员工2100人，其中研发人员380人；累计获得授权专利326项。今年一季度，企业新签订单金额约8亿元。\n"
            "江州高新区新增企业50家。企业实现营业收入120亿元。")
    rows = rows_of(text, title="江州高新区新闻", publish_year=2023)
    assert [(r.indicator, r.subject) for r in rows] == [
        ("员工", "天准光学"), ("研发人员", "天准光学"), ("授权专利", "天准光学"), ("新签订单金额", "天准光学"),
        ("新增企业", "江州高新区"), ("企业营业收入", "江州高新区")]


def test_a_company_named_in_a_sentences_first_clause_holds_it_past_its_semicolons():
    # …旗下的…（以下简称“时代电气”）今年前三季度实现营业收入…；IGBT产品销售额…: 时代电气's, both; after 其中 it stops there
    text = ("该所旗下的宁川市时代电气股份有限公司（以下简称“时代电气”）今年前三季度实现营业收入95.2亿元，同比增长3.8%；"
            "IGBT产品销售额超过10亿元。其中，中联重科实现营业收入416.3亿元；独角兽企业9家。")
    assert [r.subject for r in rows_of(text, title="江州高新区新闻")] == ["时代电气", "时代电气", "中联重科", "江州高新区"]


def test_该公司_after_a_company_a_verb_takes_is_that_company():
    text = "宁川市星河电子有限公司是园区龙头。去年，江州高新区引进了宁川市华晶科技有限公司，该公司今年营业收入达到8亿元。"
    assert only(text, title="江州高新区新闻").subject == "宁川市华晶科技有限公司"


def test_其中_after_a_sentence_a_company_opens_gives_a_part_of_its_figures():
    text = ("宁川市华晶电源股份有限公司是园区龙头。2023年，华晶电源实现营业收入72.5亿元。其中，储能系统发货量达到10.5GWh。"
            "其中，江州高新区储能产业产值突破400亿元。")
    assert [r.subject for r in rows_of(text, title="江州高新区新闻")] == ["华晶电源", "华晶电源", "江州高新区"]


def test_a_short_name_keeps_the_last_character_of_the_legal_name_telling_the_kind_of_body():
    text = "宁川电力机车研究所有限公司是园区的龙头企业。2020年，宁川机车所实现营业收入411亿元。"
    assert only(text, title="江州高新区新闻").subject == "宁川机车所"


def test_a_short_name_keeps_no_last_character_of_the_legal_name_but_a_kind_of_bodys():
    row = only("宁川市华芯光电科技有限公司是园区龙头。华芯光电技术人员达到300人。", title="江州高新区新闻")
    assert (row.indicator, row.subject) == ("技术人员", "华芯光电")


def test_a_place_opening_a_legal_names_core_is_no_short_name_of_it():
    text = "宁川市高新区城投有限公司成立于2015年。高新区城投实现营业收入30亿元。高新区实现营业收入300亿元。"
    assert [r.subject for r in rows_of(text, title="江州高新区新闻")] == ["高新区城投", "江州高新区"]


def test_a_quote_a_companys_officer_gives_about_the_zone_is_the_zones():
    text = "江州高新区企业众多。宁川市华晶科技有限公司位于园区。“今年全区新增企业300家。”公司总经理李华说。"
    assert only(text, title="江州高新区新闻").subject == "江州高新区"


def test_a_quote_a_companys_officer_announces_is_of_that_company():
    text = ("在江州软件园，宁川市星宇航天科技股份有限公司的技术人员正在调试卫星。星宇航天创始人陆川说：“今年公司的合同额预计"
            "超过5亿元。团队规模扩大到450人。”")
    assert [r.subject for r in rows_of(text, title="江州高新区新闻")] == ["星宇航天", "星宇航天"]


@pytest.mark.parametrize("text, subject", [
    ("2023年宁川滨江现代服务业合作区（下称“滨江合作区”）实现地区生产总值560亿元。", "滨江合作区"),
    ("江州国家高新区（以下简称“江州高新区”）实现营业收入300亿元。", "江州高新区")])
def test_a_place_opening_a_sentence_goes_by_the_short_name_it_is_given(text, subject):
    # 2023年…现代服务业合作区: the year alone would leave 服务业合作区; the short name is the one the article uses
    assert only(text, title="宁川市新闻").subject == subject


@pytest.mark.parametrize("text, subject", [
    ("2023年宁川滨江现代服务业合作区实现地区生产总值560亿元。", "宁川滨江现代服务业合作区"),
    ("2023年底宁川市共有企业300家。", "宁川市"),
    ("2023年末江州高新区高新技术企业达到560家。", "江州高新区"),
    ("2023年度江州高新区实现营业收入120亿元。", "江州高新区"),
    ("2023年一季度江州高新区实现工业总产值30亿元。", "江州高新区"),
    ("2023年前10个月江州高新区完成固定资产投资40亿元。", "江州高新区")])
def test_a_year_opening_a_sentence_leaves_a_long_zone_name_whole(text, subject):
    # 2023年…: the words after a year may tell its part (2023年底); a zone named by what it is for keeps all its name
    assert only(text, title="江州新闻").subject == subject


@pytest.mark.parametrize("text, names", [
    ("2013年，江州高新区营业收入不到300亿元；2023年，这一数字达到1230亿元。", ["营业收入", "营业收入"]),
    ("2022年，江州高新区实现营业收入300亿元。2023年，这一数据增至360亿元。", ["营业收入", "营业收入"]),
    ("江州高新区研发投入强度为3.2%，去年该指标为2.9%。", ["研发投入强度", "研发投入强度"]),
    ("江州高新区共有企业300家。2023年，这一数字达到360亿元。", ["企业", "这一数字"])])  # not a count's metric
def test_this_figure_names_the_metric_of_the_figure_before_again(text, names):
    assert [r.indicator for r in rows_of(text, title="江州高新区新闻")] == names


@pytest.mark.parametrize("text, name", [
    ("江州高新区储能电池项目规划产能20GWh，目前已建成8GWh。", "储能电池项目建成产能"),
    ("江州高新区引进的储能电池项目规划产能20GWh，目前已建成8GWh。", "储能电池项目建成产能"),
    ("宁川港码头设计产能500万吨，目前已投产300万吨。", "宁川港码头投产产能")])
def test_a_deed_alone_after_a_planned_measure_tells_how_much_of_it_is_done(text, name):
    assert rows_of(text, title="江州高新区新闻")[1].indicator == name


def test_an_amount_converted_after_a_count_of_people_is_the_amount_before_it():
    # 补贴约2.3亿元，惠及居民逾4000人次；…相当于约2.5亿澳门元: the subsidy in another currency, not the people's
    text = "江州高新区发放人才补贴约2.3亿元人民币，惠及居民逾4,000人次；按平均汇率计算，相当于约2.5亿澳门元。"
    assert [r.indicator for r in rows_of(text, title="江州高新区新闻")] == ["人才补贴", "惠及居民", "人才补贴"]


@pytest.mark.parametrize("text, subject", [
    ("苏州市南湖区近年积极招商。2023年，南湖区新设企业126家。另据统计，全年签约项目达到45个。", "南湖区"),
    ("苏州市近年积极招商，南湖区尤为突出。另据统计，全年签约项目达到45个。", "苏州"),  # named once: not what it is about
])
def test_a_title_naming_a_city_then_a_part_of_it_is_about_the_part_the_text_names_in_full(text, subject):
    # 苏州南湖吸引外商投资: a district written without its 区 after its city's bare name
    assert TextContext(text, title="苏州南湖吸引外商投资").main_subject == subject


def test_multiple_named_by_its_metric_is_a_level():
    # 认购倍数达3.6倍, 平均市盈率为35.2倍: a level counted in multiples; 是全国平均水平的3倍 stays a ratio of nothing
    rows = rows_of("江州高新区上市公司平均市盈率为35.2倍，市净率达到3.1倍。宁川债券认购倍数达2.9倍。")
    assert [(r.indicator, r.value, r.unit, r.growth_kind) for r in rows] == [
        ("上市公司平均市盈率", 35.2, "倍", ""), ("市净率", 3.1, "倍", ""), ("宁川债券认购倍数", 2.9, "倍", "")]
    assert rows[0].subject == "江州高新区"
    assert rows_of("江州高新区人均收入是全国平均水平的3倍。") == []


def test_change_in_basis_points_is_no_count():
    # 下降约40个基点: a difference in basis points, as one in 百分点, is no row (and no 40个)
    assert rows_of("宁川城投综合融资成本较去年下降约40个基点。") == []
    row = only("江州高新区科技贷款加权平均利率为3.45%，较上年下降25个基点。")
    assert (row.value, row.unit) == (3.45, "%")


def test_issues_counted_in_qi_after_a_verb_of_issuing():
    # 累计发行各类债券6期: issues counted; 二期工程, 一期项目, 分三期建设 are phases
    row = only("江州城投已累计发行各类债券6期。")
    assert (row.indicator, row.value, row.unit) == ("发行各类债券", 6, "期")
    assert [r.unit for r in rows_of("宁川高新区二期工程投资5亿元，一期项目分三期建设，第2期已投产。")] == ["亿元"]


def test_bound_of_a_class_of_companies_or_events_counted_is_no_figure():
    # 研发投入强度超过30%的公司有5家, 单笔融资超过1亿元的事件有29起, 9家公司营收增速超过20%: the bound defines the class
    rows = rows_of("江州高新区研发投入强度超过30%的公司有5家，单笔融资金额超过1亿元的事件有29起；9家公司营收增速超过20%。")
    assert [(r.indicator, r.value, r.unit) for r in rows] == [
        ("研发投入强度超过30%的公司", 5, "家"), ("单笔融资金额超过1亿元的事件", 29, "起"), ("营收增速超过20%的公司", 9, "家")]
    assert [(r.value, r.unit) for r in rows_of("宁川3家企业合计占比超过50%。")] == [(3, "家"), (50, "%")]


def test_bound_of_a_class_counted_after_its_de_is_no_figure():
    # 超过5亿元的12个项目, 超过40万元的A类企业达到86家, 低于3万元的D类企业由上年的31家减少至22家: the bound defines the class
    rows = rows_of("宁川市年度计划投资超过5亿元的12个项目中，有9个已开工。江州高新区亩均税收超过40万元的A类企业达到86家，"
                   "亩均税收低于3万元的D类企业由上年的31家减少至22家。")
    assert [(r.value, r.unit) for r in rows] == [(12, "个"), (9, "个"), (86, "家"), (31, "家"), (22, "家")]
    assert rows[2].indicator == "亩均税收超过40万元的A类企业"
    assert [(r.value, r.unit) for r in rows_of("宁川市总投资8亿元的3个项目已开工。")] == [(8, "亿元"), (3, "个")]


def test_bound_set_against_a_whole_keeps_its_qualifier():
    # 出资比例一般不超过子基金规模的30%: under, named by what is bound; 不低于…的1.5倍: a bound in multiples, over
    rows = rows_of("宁川市母基金出资比例一般不超过子基金规模的30%，返投金额原则上不低于母基金出资额的1.5倍。")
    assert [(r.indicator, r.value, r.unit, r.qualifier) for r in rows] == [
        ("母基金出资比例", 30, "%", "under"), ("返投金额", 1.5, "倍", "over")]
    assert only("江州高新区研发投入强度高于全省平均水平的2.4%。").qualifier == ""


def test_orders_on_hand_keep_their_zai():
    # 公司在手订单约11亿元: 在手 is on hand, no preposition 在 to drop (nor 在建, 在研)
    rows = rows_of("宁川华芯科技股份有限公司一季度营业收入5亿元。公司在手订单约11亿元。")
    assert rows[1].indicator == "在手订单"


def test_amount_issued_set_up_or_raised_is_named_by_the_noun_after_it():
    # 获得2.3亿元Pre-IPO轮融资, 还将发行不超过30亿元的绿色债券, 设立200亿元科创母基金: the noun after the amount names it
    rows = rows_of("宁川华芯获得2.3亿元Pre-IPO轮融资。江州城投还将发行不超过30亿元的绿色债券。宁川市设立200亿元科创母基金。")
    assert [(r.indicator, r.value, r.qualifier) for r in rows] == [
        ("Pre-IPO轮融资", 2.3, ""), ("绿色债券", 30, "under"), ("科创母基金", 200, "")]


def test_money_raised_is_named_by_what_it_will_be_used_for():
    # 10亿元将用于…二期建设, 其余5亿元用于对科技型企业开展股权投资: named by the use, not '' or 其余
    rows = rows_of("江州高新区城投债券募集资金中，10亿元将用于集成电路产业园二期建设，其余5亿元用于对科技型企业开展股权投资。")
    assert [(r.indicator, r.value) for r in rows] == [("集成电路产业园二期建设资金", 10), ("股权投资", 5)]


def test_companies_of_a_sector_counted_and_their_summed_revenue():
    # 生物医药板块7家公司营业收入合计98.5亿元: the sector's companies, and their revenue summed (合计)
    rows = rows_of("江州高新区生物医药板块7家公司营业收入合计98.5亿元，同比下降3.7%。")
    assert [(r.indicator, r.value) for r in rows] == [("生物医药板块公司", 7), ("生物医药板块公司营业收入", 98.5)]
    rows = rows_of("江州高新区等19家高新区营业收入超过1万亿元。")  # each's, no sum: the count's noun stays out
    assert rows[-1].indicator == "营业收入"


def test_a_list_over_a_span_of_years_gives_each_figure_its_year():
    rows = rows_of("2021年至2023年，宁川华星科技营业收入分别为2.1亿元、3.4亿元和5.2亿元；净利润分别为0.3亿元、0.5亿元和0.8亿元。")
    assert [(r.value, r.year) for r in rows] == [(2.1, 2021), (3.4, 2022), (5.2, 2023), (0.3, 2021), (0.5, 2022),
                                                  (0.8, 2023)]
    rows = rows_of("2021年至2023年，园区营业收入和利润分别为120亿元和12亿元。")  # two figures for three years
    assert [r.year for r in rows] == [2023, 2023]


def test_a_year_an_aim_names_is_not_one_the_article_is_about():
    rows = rows_of("2023年，宁川高新区科技保险保费收入2.1亿元。\n"
                   "在贷款保证保险方面，宁川高新区全年帮助120家企业获得贷款5.2亿元。\n"
                   "下一步，力争2024年科技保险服务企业超过500家。", publish_year=2024, publish_month=3)
    assert [(r.value, r.year) for r in rows][:3] == [(2.1, 2023), (120, 2023), (5.2, 2023)]


def test_a_time_clause_after_a_lead_in_dates_the_sentences_after_it():
    rows = rows_of("2月21日，宁川市举行新闻发布会，介绍全市科技金融工作情况。记者从会上获悉，截至2023年末，全市科技型企业"
                   "贷款余额达1200亿元。全市有贷款余额的科技型企业达8600户。", publish_year=2024, publish_month=2)
    assert [(r.value, r.year) for r in rows] == [(1200, 2023), (8600, 2023)]


def test_a_place_starts_after_the_words_before_it_not_inside_them():
    from viewer.core.subjects import main_subject

    # 同为 (what a firm is), 以来 (the span a time phrase closes), 全部 (all of a kind) are no part of a place's name
    assert main_subject("", "宁川华星发布一季度报告。同为江州高新区企业的江州华锐科技股份有限公司则实现扭亏为盈。") == "江州高新区"
    rows = rows_of("宁川高新区新增上市公司3家。今年以来园区企业在科创板募资合计达46.8亿元。")
    assert [r.subject for r in rows] == ["宁川高新区", "宁川高新区"]
    rows = rows_of("江州高新区科创板公司合计实现营业收入236.8亿元，占全部科创板公司营收的57.4%。")
    assert [r.subject for r in rows] == ["江州高新区", "江州高新区"]


def test_what_lies_within_a_zone_opening_a_clause_is_the_zones():
    rows = rows_of("宁川市本外币贷款余额3120亿元。截至9月末，江州高新区内银行机构科技贷款余额达到865亿元，服务科技型企业超过4200家。")
    assert [r.subject for r in rows] == ["宁川市", "江州高新区", "江州高新区"]


def test_the_company_spoken_of_again_keeps_its_figures_whatever_follows_it():
    rows = rows_of("9月13日，宁川高新区发展集团有限公司（简称“宁川高新集团”）成功发行科创债15亿元。宁川高新集团主体信用等级为AAA。"
                   "截至6月末，该公司总资产1286.5亿元，资产负债率58.3%。", title="宁川高新区企业融资情况")
    assert [(r.indicator, r.subject) for r in rows][1:] == [("总资产", "宁川高新集团"), ("资产负债率", "宁川高新集团")]


def test_a_company_after_a_lead_in_and_a_time_phrase_holds_its_sentence():
    rows = rows_of("招股书显示，2021年至2023年，华星科技营业收入分别为2.1亿元、3.4亿元和5.2亿元；净利润分别为0.3亿元、0.5亿元和0.8亿元。",
                   title="宁川高新区又一企业上市")
    assert {r.subject for r in rows} == {"华星科技"}


def test_where_money_goes_names_no_place_it_belongs_to():
    # 10亿元将用于园区…: 亿元将用于园区 is no zone's name; the park the money builds is the place the text names
    rows = rows_of("本期债券募集资金中，10亿元将用于园区集成电路产业园二期建设，其余5亿元用于补充流动资金。", title="宁川高新集团发行债券")
    assert [r.subject for r in rows] == ["集成电路产业园", "集成电路产业园"]


def test_a_company_opening_the_title_owns_the_figures_that_name_no_subject():
    # 江州高新集团成功发行…: the company's news; its figures with no subject of their own are its, not the zone's
    text = ("9月13日，江州高新集团在银行间市场成功发行科创债。本期债券认购倍数达3.6倍，共吸引28家机构投资者参与认购。"
            "全区今年发行债券23只。")
    rows = rows_of(text, title="江州高新集团成功发行15亿元科创债", publisher="江州高新区管委会")
    assert [(r.value, r.subject) for r in rows] == [(3.6, "江州高新集团"), (28, "江州高新集团"), (23, "江州高新区")]


@pytest.mark.parametrize("title, text", [
    ("苏州华锐集团发行债券", "苏州华锐集团发行债券15亿元。认购倍数3.6倍。"),  # a place opens the title
    ("华锐科技江州基地投产", "华锐科技2023年实现营业收入20亿元。基地总投资20亿元。"),  # the company's site, in a place
    ("华锐科技营收增长20%", "2023年，江州高新区企业华锐科技实现营业收入20亿元。\n研发投入2亿元。"),  # the text opens with a place
])
def test_a_company_opening_the_title_leaves_the_place_its_news(title, text):
    rows = rows_of(text, title=title)
    assert rows[-1].subject not in ("苏州华锐集团", "华锐科技"), [(r.indicator, r.subject) for r in rows]
