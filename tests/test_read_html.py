"""HTML pages: visible article text in reading order, page furniture out, metadata from tags."""

from __future__ import annotations

from pathlib import Path

import pytest

from viewer.core.read_html import read_html
from viewer.core.reader import read_document

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "reading"


def body(html: str) -> str:
    return read_html(html).text


@pytest.fixture(scope="module")
def saved_page():
    return read_document(FIXTURES / "browser_saved.html")


def test_saved_page_body_is_the_article_only(saved_page):
    assert saved_page.text.split("\n") == [
        "2021年，园区实现地区生产总值3330.3亿元，同比增长8.5%。",
        "一般公共预算收入410.3亿元，同比增长10.7%；进出口总额1.09万亿元。",
        "全区高新技术企业达到2314家，较上年增加372家。",
        "新增上市企业12家。",
        "指标 2021年 增长",
        "工业总产值（亿元） 7090.6 12.3%",
    ]


def test_saved_page_metadata(saved_page):
    assert saved_page.title == "苏州工业园区2021年经济运行情况"
    assert saved_page.publisher == "苏州工业园区管委会"
    assert saved_page.author == "李明"
    assert saved_page.published == "2022-01-20"
    assert saved_page.url == "https://example.gov.cn/news/2022/0120/1.html"


@pytest.mark.parametrize(
    "unwanted",
    ["999", "888", "隐藏段落", "请启用脚本", "统计脚本", "首页", "当前位置", "ICP备", "公网安备", "地址", "传真",
     "版权所有", "主办单位", "分享到", "打印", "相关新闻", "园区召开经济工作会议", "新闻中心"],
)
def test_saved_page_drops_scripts_hidden_text_and_furniture(saved_page, unwanted):
    assert unwanted not in saved_page.text


def test_inline_tags_keep_a_figure_whole():
    assert body("<p>收入<span>185</span><span>亿元</span></p>") == "收入185亿元"
    assert body("<p>增长<b>1</b><i>2</i>.<em>5</em>%</p>") == "增长12.5%"


def test_source_line_break_between_inline_tags_does_not_split_a_figure():
    assert body("<p>收入<span>185</span>\n    <span>亿元</span>，增长\n  10%。</p>") == "收入185亿元，增长10%。"


def test_line_break_between_latin_words_becomes_a_space():
    assert body("<p>Suzhou Industrial\n   Park</p>") == "Suzhou Industrial Park"


def test_block_elements_break_lines():
    html = "<div>第一段。<div>第二段。</div>第三段。</div><ul><li>一</li><li>二</li></ul><h2>小标题</h2><p>甲<br>乙</p>"
    assert body(html).split("\n") == ["第一段。", "第二段。", "第三段。", "一", "二", "小标题", "甲", "乙"]


def test_table_cells_of_a_row_stay_on_one_line_apart():
    html = "<table><tr><td>2021年</td><td>436.29</td><td>亿元</td></tr><tr><td>2022年</td><td>500</td></tr></table>"
    assert body(html).split("\n") == ["2021年 436.29 亿元", "2022年 500"]


def test_cells_stay_apart_when_the_source_breaks_lines_between_them():
    html = "<table>\n<tr>\n  <td>规模以上工业增加值</td>\n  <td>亿元</td>\n  <td>1234.5</td>\n</tr>\n</table>"
    assert body(html) == "规模以上工业增加值 亿元 1234.5"


def test_blank_lines_in_the_source_of_a_data_row_do_not_split_it():
    html = "<h1>全市主要经济指标</h1><table><tr>\n\n<td>规模以上工业增加值</td>\n\n<td>\n\n亿元\n\n</td>\n\n<td>1234.5</td></tr></table>"
    assert body(html) == "规模以上工业增加值 亿元 1234.5"


def test_a_data_table_row_is_one_line_whatever_blocks_its_cells_hold():
    html = ("<h1>全市主要经济指标</h1><table><tr><td><p><span>指标</span></p></td><td><p>单位</p></td><td><p>绝对值</p></td></tr>"
            "<tr><td><p><span>规模以上工业增加值</span></p></td><td><p><span>亿元</span></p></td><td><div>1234.5</div></td></tr>"
            "<tr><td><p>其中：</p><p>高技术制造业</p></td><td><p>亿元</p></td><td><p>412.7</p></td></tr></table>")
    assert body(html).split("\n") == ["指标 单位 绝对值", "规模以上工业增加值 亿元 1234.5", "其中：高技术制造业 亿元 412.7"]


def test_a_br_inside_a_data_table_cell_joins_its_text():
    html = ("<h1>全市主要经济指标</h1><table><tr><td>指标</td><td>同比<br>增长(%)</td><td>GDP<br>growth</td></tr>"
            "<tr><td>规模以上<br>工业增加值</td><td>6.8</td><td>7.1</td></tr></table>")
    assert body(html).split("\n") == ["指标 同比增长(%) GDP growth", "规模以上工业增加值 6.8 7.1"]


def test_spaces_padding_the_name_in_a_data_table_cell_are_dropped():
    # 地　区, 全　省: government tables pad a short label to the width of the column
    html = ("<h1>各市R&amp;D经费情况</h1><table><tr><td>地　区</td><td>R&amp;D经费（亿元）</td><td>投入强度（%）</td></tr>"
            "<tr><td>全&nbsp;&nbsp;省</td><td>1286.45</td><td>2.41</td></tr>"
            "<tr><td>临州市</td><td>412.38</td><td>3.86</td></tr></table>")
    assert body(html).split("\n") == ["地区 R&D经费（亿元） 投入强度（%）", "全省 1286.45 2.41", "临州市 412.38 3.86"]


def test_an_empty_cell_before_a_figure_keeps_its_place_in_a_data_row():
    html = ("<h1>全市主要经济指标</h1><table><tr><td>指标</td><td>单位</td><td>绝对值</td><td>同比增长(%)</td></tr>"
            "<tr><td>固定资产投资</td><td></td><td>&nbsp;</td><td>5.1</td></tr>"
            "<tr><td>社会消费品零售总额</td><td>亿元</td><td>986.2</td><td></td></tr><tr><td></td><td> </td></tr></table>")
    assert body(html).split("\n") == ["指标 单位 绝对值 同比增长(%)", "固定资产投资 — — 5.1", "社会消费品零售总额 亿元 986.2"]


def test_a_header_over_several_lines_is_laid_out_in_the_tables_grid():
    # a cell spanning two rows is in both lines, one spanning two columns over both, so each line has a cell over
    # each column of figures; the rows of figures below stay as written
    html = ("<h1>各园区主要经济指标</h1><table><tr><td rowspan='2'>园区</td><td colspan='2'>营业收入</td>"
            "<td rowspan='2'>企业（家）</td></tr><tr><td>金额（亿元）</td><td>增长（%）</td></tr>"
            "<tr><td>江州高新区</td><td>812.4</td><td>9.6</td><td>356</td></tr></table>")
    assert body(html).split("\n") == ["园区 营业收入 营业收入 企业（家）", "园区 金额（亿元） 增长（%） 企业（家）",
                                       "江州高新区 812.4 9.6 356"]


def test_the_spacer_cells_of_a_layout_row_leave_no_placeholder():
    html = ("<table><tr><td></td><td>园区经济快速增长</td><td></td></tr><tr><td>2023年01月20日</td><td></td>"
            "<td>来源：省统计局</td></tr><tr><td></td><td>园区全年实现营业收入100亿元，同比增长10%。</td></tr></table>")
    article = read_html(html)
    assert (article.title, article.published, article.publisher) == ("园区经济快速增长", "2023-01-20", "省统计局")
    assert article.text == "园区全年实现营业收入100亿元，同比增长10%。"


@pytest.mark.parametrize(
    "article_cell",
    [
        "<td><p>全县实现地区生产总值312.56亿元。</p><p>全县规模以上工业增加值比上年增长9.2%。</p></td>",  # sentences
        "<td><p>一、地区生产总值</p><p>经市统计局统一核算，2023年全县实现地区生产总值312.56亿元，按不变价格计算，比上年增长6.1%，"
        "增速居全市第二</p></td>",  # long text
        "<td><table><tr><td>一、地区生产总值</td></tr></table><p>全年增长6.1%</p></td>",  # a table of its own
    ],
)
def test_paragraphs_in_a_layout_table_cell_stay_paragraphs(article_cell):
    html = f"<table><tr><td><img src='logo.gif'></td>{article_cell}</tr></table>"
    assert len(body(html).split("\n")) == 2


def test_a_data_table_inside_a_layout_table_cell_keeps_its_rows_whole():
    html = ("<table><tr><td><img src='logo.gif'></td><td><p>2023年，全县经济运行持续回升向好，主要指标如下：</p>"
            "<table><tr><td><p>指标</p></td><td><p>同比<br>增长(%)</p></td></tr>"
            "<tr><td><p>地区生产总值</p></td><td><p>6.1</p></td></tr></table>"
            "<p>全县规模以上工业增加值比上年增长9.2%。</p></td></tr></table>")
    assert body(html).split("\n") == [
        "2023年，全县经济运行持续回升向好，主要指标如下：", "指标 同比增长(%)", "地区生产总值 6.1", "全县规模以上工业增加值比上年增长9.2%。"
    ]


def test_hidden_elements_and_comments_are_dropped():
    html = (
        '<p>可见。</p><p hidden>隐藏一</p><div style="display: none"><p>隐藏二</p></div>'
        '<p style="visibility:hidden">隐藏三</p><span aria-hidden="true">隐藏四</span><!-- 注释 -->'
        "<template><p>模板</p></template><noscript>无脚本</noscript><style>p{}</style><script>x()</script>"
    )
    assert body(html) == "可见。"


def test_menus_of_links_are_dropped_but_links_inside_a_paragraph_stay():
    html = (
        '<div><a href="/">首页</a> <a href="/a">新闻</a> <a href="/b">公开</a></div>'
        '<p>详见<a href="/c">园区2021年统计公报</a>，全年收入100亿元。</p>'
    )
    assert body(html) == "详见园区2021年统计公报，全年收入100亿元。"


def test_breadcrumb_and_footer_lines_are_dropped():
    html = (
        "<div>您的位置：首页 &gt; 新闻动态</div><p>园区收入100亿元。</p>"
        "<div>Copyright © 2022 园区管委会</div><div>京ICP备13019302号-1</div><div>联系电话：010-88656100</div>"
    )
    assert body(html) == "园区收入100亿元。"


def test_a_bar_of_topic_tags_is_page_furniture():
    # WeChat's #js_tags (#青溪高新区 23个: the topic and how many articles it has), a site's tag list
    html = ('<div id="js_content"><p>园区收入100亿元。</p></div><div id="js_tags" class="article-tag__list">'
            '<span class="article-tag__item">#青溪高新区 23个</span></div><div class="tags">标签：高新区 营收</div>')
    assert body(html) == "园区收入100亿元。"
    assert body('<div class="stage"><p>园区收入100亿元。</p></div><div class="tagline">共建共享</div>') \
        == "园区收入100亿元。\n共建共享"


def test_metadata_line_leaves_the_body_and_fills_fields():
    html = "<h1>园区经济快速增长</h1><div>来源：园区日报 | 作者：张三 | 发布时间：2021年8月6日 10:20</div><p>园区收入100亿元。</p>"
    article = read_html(html)
    assert article.text == "园区收入100亿元。"
    assert (article.title, article.publisher, article.author, article.published) == (
        "园区经济快速增长", "园区日报", "张三", "2021-08-06"
    )


def test_title_from_title_tag_drops_the_site_name_and_the_headline_line():
    html = (
        "<html><head><title>园区经济快速增长_园区管委会网站</title></head>"
        "<body><div>园区经济快速增长</div><p>园区收入100亿元，同比增长10%。</p></body></html>"
    )
    article = read_html(html)
    assert article.title == "园区经济快速增长"
    assert article.text == "园区收入100亿元，同比增长10%。"


def test_title_tag_alone_gives_a_title_without_site_name():
    html = "<html><head><title>园区经济快速增长 - 园区管委会</title></head><body><p>园区收入100亿元，同比增长10%。</p></body></html>"
    assert read_html(html).title == "园区经济快速增长"


def test_url_from_og_url_or_a_url_line():
    og = '<html><head><meta property="og:url" content="https://a.example/1.html"></head><body><p>正文。</p></body></html>'
    assert read_html(og).url == "https://a.example/1.html"
    line = "<div><p>正文。</p><p>https://b.example/2.html</p></div>"
    article = read_html(line)
    assert (article.url, article.text) == ("https://b.example/2.html", "正文。")


def test_text_served_with_junk_tags_keeps_its_line_layout():
    html = (
        '<legend id="x1"></legend><samp id="x1"></samp>\n  • <input id="x1">\n    1. <meter id="x1"></meter>\n\n'
        "        当前位置:首页>\n        园区砥砺十年攀高峰\n\n        来源: 作者: 发布时间:2021-05-04\n\n"
        "        园区收入13.1亿元。\n\n          小标题\n\n          园区利润2亿元。\n\n"
        "        某某中心 京ICP备13019302号-1\n\n        地址:北京市某路 邮编:100045 电话:010-1"
    )
    article = read_html(html)
    assert article.title == "园区砥砺十年攀高峰"
    assert article.published == "2021-05-04"
    assert article.text.split("\n") == ["园区收入13.1亿元。", "小标题", "园区利润2亿元。"]


def test_a_stray_option_tag_does_not_hide_the_article_but_a_selects_options_leave():
    assert body("<div><option id='h4sia'>园区收入100亿元。</div>") == "园区收入100亿元。"
    assert body("<select><option>2023年</option><option>2022年</option></select><p>园区收入100亿元。</p>") == "园区收入100亿元。"


def test_deeply_nested_unclosed_tags_do_not_crash():
    html = "<div>" * 5000 + "园区收入100亿元。" + "<span>" * 5000
    assert body(html) == "园区收入100亿元。"


def test_deeply_nested_unclosed_tables_and_superscripts_are_read():
    assert body("<table><tr><td>甲</td><td>" * 5000 + "园区收入100亿元。").endswith("甲 园区收入100亿元。")
    assert body("<sup>" * 5000 + "园区收入100亿元。") == "园区收入100亿元。"


def test_entities_are_decoded():
    assert body("<p>A&amp;B&nbsp;公司&lt;收入&gt;100亿元</p>") == "A&B 公司<收入>100亿元"


def test_tool_bar_related_articles_and_glued_metadata_labels():
    page = """<html><head><title>成都高新区一季度GDP增长7.1%_成都高新区管委会</title></head><body>
    <div class="top">无障碍 | 长者模式 | 登录 注册</div>
    <h1>成都高新区一季度GDP增长7.1%</h1>
    <div><span>发布时间：2024-04-22 16:30</span><span>来源：成都高新区融媒体中心</span><span>浏览次数：<em>2356</em></span></div>
    <p>一季度，成都高新区实现地区生产总值782.4亿元，同比增长7.1%。</p>
    <div><h3>相关新闻</h3><ul>
    <li><a>成都高新区2023年GDP突破3000亿元</a><span>2024-01-15</span></li>
    <li><a>高新区新增上市企业5家</a><span>2023-12-20</span></li></ul></div>
    </body></html>"""
    article = read_html(page)
    assert article.text == "一季度，成都高新区实现地区生产总值782.4亿元，同比增长7.1%。"
    assert (article.published, article.publisher) == ("2024-04-22", "成都高新区融媒体中心")


def test_layout_tables_site_banner_and_furniture_after_metadata():
    page = """<html><head><title>株洲高新区2020年工作总结</title></head><body>
    <table><tr><td><img src="logo.gif"></td><td>株洲高新区门户网站</td></tr></table>
    <table><tr><td><font size="4"><b>株洲高新区2020年工作总结</b></font></td></tr>
    <tr><td>发布日期：2021-01-08　　来源：区管委会办公室　　【字体：大 中 小】</td></tr>
    <tr><td>&nbsp;&nbsp;2020年，全区实现技工贸总收入2100亿元，增长10.2%。</td></tr></table></body></html>"""
    article = read_html(page)
    assert article.text == "2020年，全区实现技工贸总收入2100亿元，增长10.2%。"
    assert (article.title, article.published, article.publisher) == ("株洲高新区2020年工作总结", "2021-01-08", "区管委会办公室")


WECHAT_PAGE = """<html><head><meta name="author" content="小新">
<meta property="og:title" content="高新区上半年成绩单来了">
<script>var ct = "1690848000";</script></head><body><div id="js_article" class="rich_media">
<h1 class="rich_media_title" id="activity-name">高新区上半年成绩单来了</h1>
<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_text">原创</span>
<span class="rich_media_meta_nickname"><a id="js_name"> 成都高新发布 </a></span><em id="publish_time"></em></div>
<div class="rich_media_content" id="js_content" style="visibility: hidden;">
<section><span>上半年，高新区实现地区生产总值</span><strong>1508.6亿元</strong><span>，同比增长8.2%。</span></section>
<section><span>规模以上工业增加值同比增长12.4%；固定资产投资完成623.7亿元，增长5.1%。</span></section>
<section><span>新增市场主体2.3万户，其中科技型企业4860家，高新技术企业1200家，专精特新企业96家，</span>
<span>瞪羚企业35家，上市企业新增3家，全区市场主体总量突破30万户，创历史新高。</span></section>
<section><span style="visibility:hidden">隐藏的空白</span></section>
<section><span>来源｜成都高新区经发局</span></section><section><span>编辑｜小新  审核｜老高</span></section>
<section>点击下方名片 关注我们</section><section>往期推荐</section>
<section>分享　收藏　点赞　在看</section></div>
<div class="rich_media_tool"><div>阅读 1.2万</div><div>赞 356</div><div>在看 88</div></div></div></body></html>"""


def test_wechat_article_hidden_until_its_scripts_run_is_read_with_its_metadata():
    article = read_html(WECHAT_PAGE)
    assert article.text.split("\n") == [
        "上半年，高新区实现地区生产总值1508.6亿元，同比增长8.2%。",
        "规模以上工业增加值同比增长12.4%；固定资产投资完成623.7亿元，增长5.1%。",
        "新增市场主体2.3万户，其中科技型企业4860家，高新技术企业1200家，专精特新企业96家，"
        "瞪羚企业35家，上市企业新增3家，全区市场主体总量突破30万户，创历史新高。",
    ]
    assert article.title == "高新区上半年成绩单来了"
    # The account publishes; the date is the creation time's day in China (16:00 on 1 August).
    assert (article.publisher, article.author, article.published) == ("成都高新发布", "小新", "2023-08-01")


def test_the_wechat_tool_bar_under_the_article_is_no_part_of_it():
    # 阅读原文 阅读 1.2万 赞 286: the bar's buttons and counters, side by side in one block, give no 赞 1.2万
    page = ('<div id="js_article"><div class="rich_media_content" id="js_content"><p>江州高新区营业收入100亿元。</p></div>'
            '<div class="rich_media_tool"><a id="js_view_source">阅读原文</a><span>阅读 1.2万</span><span>赞 286</span>'
            '<span>在看 43</span><span>江州发布 2.1万人关注</span></div></div>')
    assert read_html(page).text == "江州高新区营业收入100亿元。"


def test_wechat_publish_time_element_gives_the_date():
    page = WECHAT_PAGE.replace('<em id="publish_time"></em>', '<em id="publish_time">2023-07-30 18:30</em>')
    assert read_html(page).published == "2023-07-30"


def test_hidden_short_or_removed_blocks_stay_dropped():
    long_text = "园区全年实现营业收入100亿元，同比增长10%。" * 10
    assert body('<div><p style="visibility:hidden">隐藏段落。</p><p>正文。</p></div>') == "正文。"
    assert body(f'<div><div style="display:none">{long_text}</div><p>正文。</p></div>') == "正文。"


def test_a_table_row_of_date_source_and_font_buttons_gives_its_date_and_source():
    page = ("<table><tr><td>2022年全省工业经济运行情况</td></tr><tr><td>2023年01月20日</td><td>来源：省统计局</td>"
            "<td>【字体：大 中 小】</td></tr><tr><td><p>2022年，全省规模以上工业增加值比上年增长5.6%。</p></td></tr></table>")
    article = read_html(page)
    assert (article.published, article.publisher) == ("2023-01-20", "省统计局")
    assert article.text == "2022年，全省规模以上工业增加值比上年增长5.6%。"


def test_an_office_named_by_its_level_alone_is_of_the_place_the_sites_name_opens_with():
    page = ("<html><head><title>我省高新区营业收入稳步增长 江东省人民政府</title></head><body><h2>我省高新区营业收入稳步增长</h2>"
            "<div>来源：省科技厅　发布时间：2023-11-06</div><p>2022年，全省高新区实现营业收入6.2万亿元。</p></body></html>")
    assert read_html(page).publisher == "江东省科技厅"
    assert read_html(page.replace("江东省人民政府", "宁川市人民政府")).publisher == "省科技厅"  # a city's site: no province
    assert read_html(page.replace("省科技厅", "新华社")).publisher == "新华社"


def test_a_br_inside_a_sentence_does_not_split_a_figure_from_its_rate():
    page = ("<p>一季度，全区实现地区生产总值１２３４．５亿元，同比增长６．７％。<br>其中，第三产业增加值７８９．０１亿元，<br>　　增长８．２％。</p>"
            "<p>全区新增就业１．２万人，城镇登记失业率为２．８％。规上工业企业达到<br>\n１,０２４家。</p>")
    assert body(page).split("\n") == [
        "一季度，全区实现地区生产总值１２３４．５亿元，同比增长６．７％。",
        "其中，第三产业增加值７８９．０１亿元，增长８．２％。",
        "全区新增就业１．２万人，城镇登记失业率为２．８％。规上工业企业达到１,０２４家。",
    ]


def test_a_br_after_a_heading_or_a_sentence_end_still_starts_a_line():
    assert body("<p>一、综合<br>全年全区实现地区生产总值１２３４．５亿元。</p>") == "一、综合\n全年全区实现地区生产总值１２３４．５亿元。"
    assert body("<p>增长３．２％；<br>增长４．５％。<br><br>收入１０亿元，</p>") == "增长３．２％；\n增长４．５％。\n收入１０亿元，"


def test_a_br_inside_a_figure_or_between_a_rate_and_its_verb_joins_the_line():
    page = ("<p>社会消费品零售总额56.<br>7亿元，增长4.4%。</p><p>外贸进出口总额87.6亿<br>元，同比增长19.2%。</p>"
            "<p>实际使用外资2.38<br>亿美元，增长３．１<br>％。</p><p>税收收入98.76亿元，增长<br>4.3%。</p>"
            "<p>研发投入强度提升<br>0.3个百分点，出口下跌<br>2.1%。</p>")
    assert body(page).split("\n") == [
        "社会消费品零售总额56.7亿元，增长4.4%。",
        "外贸进出口总额87.6亿元，同比增长19.2%。",
        "实际使用外资2.38亿美元，增长３．１％。",
        "税收收入98.76亿元，增长4.3%。",
        "研发投入强度提升0.3个百分点，出口下跌2.1%。",
    ]


def test_a_br_after_a_heading_ending_in_a_verb_or_a_magnitude_still_starts_a_line():
    lead = "<p>全年全市经济运行稳中有进。</p>"
    assert body(lead + "<p>工业经济稳定增长<br>2023年，全市规模以上工业增加值增长5.2%。</p>").split("\n")[1:] == [
        "工业经济稳定增长", "2023年，全市规模以上工业增加值增长5.2%。"
    ]
    assert body(lead + "<p>全年总投资突破100亿<br>二、工业生产</p>").split("\n")[1:] == ["全年总投资突破100亿", "二、工业生产"]


GOVERNMENT_INFO_PAGE = """<html><head><title>关于2023年计划执行情况的报告</title><meta name="PubDate" content="2024-02-28"></head>
<body>{before}<table class="xxgk_table">
<tr>
  <td>索引号：</td>
  <td>002623612/2024-45678</td>
  <td>发布机构：</td>
  <td>湖州市发展和改革委员会</td>
</tr>
<tr><td>{date_label}</td><td>2024-02-27</td><td>主题分类：</td><td>国民经济管理</td></tr>
<tr><td>文号：</td><td>湖发改规划〔2024〕12号</td><td>有效性：</td><td>有效</td></tr>
<tr><td>名称：</td><td colspan="3">关于2023年计划执行情况的报告</td></tr></table>
<div>发布日期：2024-02-28　来源：市发改委</div><p>全年实现地区生产总值4015.1亿元，同比增长6.4%。</p>{after}</body></html>"""


@pytest.mark.parametrize("date_label", ["发文日期：", "成文日期：", "发布日期："])
@pytest.mark.parametrize(("before", "after"), [("", ""), ("<table><tr><td>", "</td></tr></table>")])
def test_a_table_of_a_documents_particulars_gives_its_publisher_and_date_and_leaves_the_body(date_label, before, after):
    article = read_html(GOVERNMENT_INFO_PAGE.format(date_label=date_label, before=before, after=after))
    assert article.text == "全年实现地区生产总值4015.1亿元，同比增长6.4%。"
    assert (article.title, article.publisher, article.published) == (
        "关于2023年计划执行情况的报告", "湖州市发展和改革委员会", "2024-02-27"
    )


def test_rows_of_particulars_leave_a_table_that_also_holds_the_article():
    paragraph = "<p>全年实现地区生产总值4015.1亿元，同比增长6.4%，高于全省0.4个百分点。</p>"
    page = ("<table><tr><td>索引号：</td><td>002623612/2024-45678</td><td>发布机构：</td><td>市统计局</td></tr>"
            f"<tr><td>发布日期：</td><td>2024-01-05</td></tr><tr><td colspan='4'>{paragraph * 3}</td></tr></table>")
    article = read_html(page)
    assert article.text.split("\n") == ["全年实现地区生产总值4015.1亿元，同比增长6.4%，高于全省0.4个百分点。"] * 3
    assert (article.publisher, article.published) == ("市统计局", "2024-01-05")


def test_the_heading_of_attachments_leaves_with_their_links_but_their_text_stays():
    lead = "<p>全年实现地区生产总值4015.1亿元，同比增长6.4%。</p>"
    links = "<div><p>附件：</p><ul><li><a href='/1.xlsx'>1. 2023年市重点建设项目完成情况表.xlsx</a></li></ul></div>"
    assert body(lead + links) == "全年实现地区生产总值4015.1亿元，同比增长6.4%。"
    given = "<p>附件</p><p>主要经济指标</p><table><tr><td>营业收入（亿元）</td><td>3012.4</td></tr></table>"
    assert body(lead + given).split("\n")[1:] == ["主要经济指标", "营业收入（亿元） 3012.4"]


def test_footnote_markers_in_sup_leave_but_exponents_stay():
    page = ("<p>新认定高新技术企业<sup>*</sup>56家，研发投入<sup>[1]</sup>12.5亿元<sup>①</sup>，"
            "建成厂房3.2万m<sup>2</sup>。</p><p>注：*为省级认定。</p>")
    assert body(page).split("\n") == ["新认定高新技术企业56家，研发投入12.5亿元，建成厂房3.2万m2。", "注：*为省级认定。"]


ARTICLE_PARAGRAPH = "<p>一季度，高新区实现地区生产总值312.6亿元，同比增长6.8%。</p>"
ARTICLE_TEXT = "一季度，高新区实现地区生产总值312.6亿元，同比增长6.8%。"


@pytest.mark.parametrize("named", ['class="related"', 'id="xgxw"', 'class="index_recommend"', 'class="tuijian-list"'])
def test_a_block_of_other_articles_named_by_class_or_id_leaves_with_their_summaries(named):
    block = (f"<div {named}><div>看看这些</div><ul><li><a href='/1'>襄阳市一季度GDP增长6.5%</a>"
             "<p>一季度，襄阳市实现地区生产总值1301.2亿元，同比增长6.5%。</p></li></ul></div>")
    assert body(ARTICLE_PARAGRAPH + block) == ARTICLE_TEXT


@pytest.mark.parametrize("heading", ["相关阅读", "延伸阅读", "往期回顾", "评论(12)", "网友评论"])
def test_a_heading_over_other_articles_or_comments_leaves_with_what_follows_it(heading):
    block = (f"<h3>{heading}</h3><ul><li><a href='/1'>襄阳市一季度GDP增长6.5%</a>"
             "<p>一季度，襄阳市实现地区生产总值1301.2亿元，同比增长6.5%。</p></li></ul>"
             "<div><span>网友_苏e8k</span><p>我们公司去年的产值增长了20%。</p></div>")
    assert body(f"<div>{ARTICLE_PARAGRAPH}{block}</div><h2>二、工业</h2>") == ARTICLE_TEXT + "\n二、工业"


@pytest.mark.parametrize("named", ['class="side-col"', 'id="side"', 'class="aside"', 'class="weather"'])
def test_a_side_column_named_by_class_or_id_leaves_with_its_quotes(named):
    column = f"<div {named}><h3>行情速递</h3><ul><li>上证指数 3050.12 +0.45%</li><li>深证成指 9876.54 -0.21%</li></ul></div>"
    assert body(f"<div class='inside'>{ARTICLE_PARAGRAPH}</div>" + column) == ARTICLE_TEXT


@pytest.mark.parametrize("named", ['class="right-side"', 'class="left_side"'])
def test_a_column_named_for_its_side_of_the_page_may_hold_the_article(named):
    assert body(f"<div class='menu'><a href='/'>首页</a></div><div {named}>{ARTICLE_PARAGRAPH}</div>") == ARTICLE_TEXT


@pytest.mark.parametrize("named", ['class="share-wrap"', 'class="nav-content" id="related-article"', 'class="menu-box"'])
def test_a_wrapper_holding_most_of_the_page_in_sentences_is_the_article_whatever_it_is_called(named):
    article = ARTICLE_PARAGRAPH + "<p>全年新签约项目46个，协议总投资412.7亿元。</p>"
    page = f"<div class='top'><a href='/'>首页</a></div><h1>高新区一季度经济运行平稳</h1><div {named}>{article}</div>"
    assert body(page).endswith(ARTICLE_TEXT + "\n全年新签约项目46个，协议总投资412.7亿元。")


def test_readers_comments_leave_even_when_they_are_most_of_the_page():
    comments = "".join(f"<p>网友{i}：园区这几年变化很大。我们公司产值增长了20%。</p>" for i in range(5))
    assert body(ARTICLE_PARAGRAPH + f"<div class='comment-list'>{comments}</div>") == ARTICLE_TEXT


def test_a_short_article_under_its_headline_stays_whatever_its_wrapper_is_called():
    page = f"<div class='share-box'><h1>高新区一季度经济运行平稳</h1>{ARTICLE_PARAGRAPH}</div>"
    assert body(page).endswith(ARTICLE_TEXT)


@pytest.mark.parametrize("named", ['class="index_comment"', 'id="pinglun"'])
def test_readers_comments_named_by_class_or_id_leave(named):
    comments = f"<div {named}><div><span>金鸡湖畔</span><p>园区房价两年涨了3成。</p><span>赞 2</span></div></div>"
    assert body(ARTICLE_PARAGRAPH + comments) == ARTICLE_TEXT


def test_a_source_tag_holding_its_label_and_a_note_gives_the_name_alone():
    page = f'<head><meta name="source" content="来源：人民网-四川频道 原创稿"></head><body>{ARTICLE_PARAGRAPH}</body>'
    assert read_html(page).publisher == "人民网-四川频道"


@pytest.mark.parametrize(("content", "author"), [("F_100", ""), ("10023", ""), ("张三", "张三"), ("John Smith", "John Smith")])
def test_an_author_tag_holding_an_id_names_no_author(content, author):
    page = f'<head><meta name="author" content="{content}"></head><body>{ARTICLE_PARAGRAPH}</body>'
    assert read_html(page).author == author


def test_a_commentary_column_heading_over_the_article_keeps_the_article():
    assert body(f"<div><h3>评论</h3>{ARTICLE_PARAGRAPH}</div>") == ARTICLE_TEXT


def test_an_article_in_a_commentary_block_stays():
    assert body(f'<div class="commentary">{ARTICLE_PARAGRAPH}</div>') == ARTICLE_TEXT


@pytest.mark.parametrize(("source", "publisher"), [
    ("来源：高新技术科", "云阳市科学技术局高新技术科"), ("来源：云阳日报", "云阳日报"), ("", "")])
def test_a_department_source_is_of_the_site_its_page_title_names(source, publisher):
    page = f"""<html><head><title>我市高新技术企业认定工作取得新突破 - 云阳市科学技术局</title></head><body>
    <h1>我市高新技术企业认定工作取得新突破</h1><div>时间：2025-02-10 09:32　{source}</div>{ARTICLE_PARAGRAPH}</body></html>"""
    assert read_html(page).publisher == publisher


STATISTICS_ARTICLE = "<p>今年1—2月，全市规模以上工业增加值同比增长7.1%。规模以上工业企业实现营业收入486.3亿元。</p>"


@pytest.mark.parametrize("logo", [
    '<h1 class="logo">云泽市统计局</h1>', '<h1 id="site-brand">云泽市统计局</h1>',
    '<div class="logo"><h1>云泽市统计局</h1></div>', '<h1>云泽市统计局</h1>'])
def test_a_heading_naming_the_site_is_not_the_articles_title(logo):
    page = f"""<html><head><title>云泽市1—2月主要经济指标开局良好-云泽市统计局</title></head><body>
    <div class="head">{logo}<a href="/">首页</a><a href="/sjjd/">数据解读</a></div>
    <div class="art-title">云泽市1—2月主要经济指标开局良好</div>
    <div class="art-meta">发布日期：2024年03月12日 来源：云泽市统计局</div>{STATISTICS_ARTICLE}</body></html>"""
    article = read_html(page)
    assert article.title == "云泽市1—2月主要经济指标开局良好"
    assert article.text.startswith("今年1—2月")


def test_of_two_headings_the_one_the_page_title_opens_with_is_the_title():
    page = f"""<html><head><title>云泽市1—2月主要经济指标开局良好_云泽市统计局</title></head><body>
    <div class="head"><h1>云泽统计</h1></div>
    <h1>云泽市1—2月主要经济指标开局良好</h1>{STATISTICS_ARTICLE}</body></html>"""
    assert read_html(page).title == "云泽市1—2月主要经济指标开局良好"


def test_a_newspapers_navigation_bar_gives_the_paper_and_day_of_the_print_edition():
    page = ("<html><body><div id=\"nav\">淮东日报数字报 | 2024年02月27日 星期二 | 第03版：经济观察</div>"
            "<div id=\"main\"><h2>三区比学赶超</h2>"
            "<p>海州高新区去年实现营业收入1846.2亿元，同比增长9.1%。</p></div></body></html>")
    article = read_html(page)
    assert (article.title, article.publisher, article.published) == ("三区比学赶超", "淮东日报", "2024-02-27")
    assert article.text == "海州高新区去年实现营业收入1846.2亿元，同比增长9.1%。"


def test_an_epapers_head_with_a_lettered_page_and_its_links_gives_the_paper_and_day():
    # 第A02版 (a section's letter before the page) and the links after it (上一版 下一版 往期回顾) on the head's line
    page = ("<html><body><div class=\"paper-head\"><span>临沅日报</span> <span>2024年11月05日 星期二</span> "
            "<span>第A02版：要闻</span> <a href=\"#\">上一版</a> <a href=\"#\">下一版</a> <a href=\"#\">往期回顾</a></div>"
            "<h1>三区比学赶超</h1><p>今年前三季度，海州高新区实现营业收入1846.2亿元，同比增长9.1%。</p></body></html>")
    article = read_html(page)
    assert (article.title, article.publisher, article.published) == ("三区比学赶超", "临沅日报", "2024-11-05")
    assert article.text.startswith("今年前三季度")


def test_a_table_row_whose_figure_is_a_dash_is_no_headline_above_a_date():
    # 固定资产投资 亿元 — 12.1: the level not given, the rate is; the row above 更新时间 is the table's, not a title
    html = ("<html><head><title>高新区简介_金溪高新区</title></head><body><h2>高新区简介</h2><table>"
            "<tr><th>指标名称</th><th>单位</th><th>2022年</th><th>比上年增长(%)</th></tr>"
            "<tr><td>营业总收入</td><td>亿元</td><td>1268.4</td><td>11.2</td></tr>"
            "<tr><td>规模以上工业增加值</td><td>亿元</td><td>—</td><td>8.9</td></tr>"
            "<tr><td>固定资产投资</td><td>亿元</td><td>—</td><td>12.1</td></tr></table>"
            "<div>更新时间:2023-04-12</div></body></html>")
    article = read_html(html)
    assert article.title == "高新区简介"
    assert "固定资产投资 亿元 — 12.1" in article.text


def test_a_short_wechat_article_hidden_until_its_scripts_run_is_still_read():
    # Every saved WeChat page hides #js_content (visibility: hidden) until its scripts run, however short the article.
    page = ('<html><body><h1 class="rich_media_title" id="activity-name">数读｜光谷东区这一年</h1>'
            '<div class="rich_media_content" id="js_content" style="visibility: hidden;">'
            '<p>去年，光谷东区实现规上工业总产值1268.5亿元，同比增长10.2%。</p></div></body></html>')
    assert read_html(page).text == "去年，光谷东区实现规上工业总产值1268.5亿元，同比增长10.2%。"


def test_a_particulars_row_whose_label_is_padded_with_spaces_leaves_the_page():
    # 名　　称： (the label spaced out to the width of 发布机构：) names the document, as 索引号 and 发布日期 do.
    page = ("<table><tr><td>索引号：</td><td>11410881004189273X/2023-01234</td></tr>"
            "<tr><td>发布机构：</td><td>济源市科学技术局</td><td>发布日期：</td><td>2023年7月14日</td></tr>"
            "<tr><td>名　　称：</td><td>嵩阳高新区上半年技工贸总收入同比增长13.2%</td></tr></table>"
            "<h2>嵩阳高新区上半年技工贸总收入同比增长13.2%</h2><p>今年上半年，嵩阳高新区完成技工贸总收入486.2亿元，同比增长13.2%。</p>")
    article = read_html(page)
    assert (article.publisher, article.published) == ("济源市科学技术局", "2023-07-14")
    assert article.text == "今年上半年，嵩阳高新区完成技工贸总收入486.2亿元，同比增长13.2%。"


@pytest.mark.parametrize("link, published", [
    ('<link rel="canonical" href="http://www.x.cn/jj/2023-08/09/content_5678.htm">', "2023-08-09"),
    ('<meta property="og:url" content="https://www.x.gov.cn/zwgk/202308/t20230809_123.html">', "2023-08-09"),
    ('<link rel="canonical" href="https://news.x.cn/2023/0809/c1004-123.html">', "2023-08-09"),
    ('<link rel="canonical" href="https://news.x.cn/2023/0809/c1004-123.html"><meta name="pubdate" content="2023-08-10">',
     "2023-08-10")])
def test_the_date_in_the_pages_own_address_is_its_publish_date_when_nothing_else_gives_one(link, published):
    # Portals file an article under its day (/2023-08/09/content_5678.htm, /202308/t20230809_123.html, /2023/0809/).
    page = (f"<html><head><title>苏河高新区上半年营收</title>{link}</head><body><h1>苏河高新区上半年营收</h1>"
            "<p>今年上半年，苏河高新区实现营业收入1026.4亿元，同比增长9.3%。</p></body></html>")
    assert read_html(page).published == published


def test_a_date_named_by_its_elements_class_alone_is_the_articles():
    page = """<html><body><h1>宁川高新区三家企业获新一轮融资</h1>
    <div class="info"><span class="source">宁川财经</span> <span class="author">记者 陈曦</span> <span class="time">2024-05-20 18:03</span></div>
    <p>今年1—4月，宁川高新区发生股权投资事件87起。</p></body></html>"""
    assert read_html(page).published == "2024-05-20"
    listed = """<html><body><h1>宁川高新区三家企业获新一轮融资</h1>
    <p>今年1—4月，宁川高新区发生股权投资事件87起。</p>
    <ul><li><a>宁川高新区新增上市企业5家</a><span class="date">2024-01-15</span></li>
    <li><a>宁川市金融运行情况</a><span class="date">2023-12-20</span></li></ul></body></html>"""
    assert read_html(listed).published == ""  # each of a list of other articles dated: none of them is this one's
