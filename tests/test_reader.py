"""Reading article files: the bundled sample, plain-text corpora, and files that must be refused."""

from __future__ import annotations

import hashlib
import os
import stat
import sys
from pathlib import Path

import pytest

from viewer.core import reader
from viewer.core.document import ReadError
from viewer.core.reader import read_bytes, read_document

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "000_b8a99ac8d333fe78.txt"
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "reading"

SAMPLE_FURNITURE = (
    "当前位置", "首页>", "ICP备", "公网安备", "地址:", "邮编", "联系电话", "传真", "科学技术部火炬高技术产业开发中心",
    "来源:", "作者:", "发布时间", "h4sia", "<", "•",
)


@pytest.fixture(scope="module")
def sample():
    return read_document(SAMPLE)


def test_sample_title_and_date(sample):
    assert sample.title == "奋进新征程 建功新时代——长春净月高新区:砥砺十年攀高峰"
    assert sample.published == "2022-08-16"
    assert sample.publish_year == 2022


def test_sample_body_runs_from_first_to_last_paragraph(sample):
    assert sample.text.startswith("2012年,长春净月高新区获批成为国家高新区。")
    assert sample.text.endswith("全方位振兴历史使命。")


@pytest.mark.parametrize("furniture", SAMPLE_FURNITURE)
def test_sample_body_has_no_page_furniture(sample, furniture):
    assert furniture not in sample.text


def test_sample_keeps_headings_and_figures_on_their_own_lines(sample):
    lines = sample.text.split("\n")
    assert "汇聚创新要素释放新活力" in lines
    assert "产业培育实现新突破" in lines
    assert "2021年,长春净月高新区完成地区生产总值436.29亿元,同比增长6.7%;" in sample.text
    assert all(line == line.strip() and line for line in lines)
    assert sample.title not in sample.text


def test_sample_records_source_encoding_and_hash(sample):
    assert sample.source == str(SAMPLE)
    assert sample.encoding == "utf-8"
    assert sample.sha256 == hashlib.sha256(SAMPLE.read_bytes()).hexdigest()


def test_source_is_the_path_as_given(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text("2021年，园区实现地区生产总值100亿元。", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert read_document("a.txt").source == "a.txt"
    assert read_document(Path("a.txt")).source == "a.txt"


def test_html_is_recognised_by_content_not_name(tmp_path):
    html = "<div><p>园区收入<span>185</span><span>亿元</span>。</p></div>"
    named_txt = tmp_path / "article.txt"
    named_txt.write_text(html, encoding="utf-8")
    assert read_document(named_txt).text == "园区收入185亿元。"


def test_plain_text_named_html_is_read_as_text(tmp_path):
    path = tmp_path / "article.html"
    path.write_text("园区收入增长率<5%，\n较上年提高2个百分点。", encoding="utf-8")
    assert read_document(path).text == "园区收入增长率<5%，较上年提高2个百分点。"


def test_hard_wrapped_figure_is_joined_again():
    text = "2021年上半年，高新区实现营业收入13.1亿\n元，同比增长12.5%。"
    assert read_bytes(text.encode(), "a.txt").text == "2021年上半年，高新区实现营业收入13.1亿元，同比增长12.5%。"


def test_a_number_and_its_unit_set_in_blocks_of_their_own_are_one_figure():
    # an infographic: 5588.2 / 亿元 / GDP / ↑6.5%, each block a paragraph, in HTML or in text
    html = ("<html><body><p>2023年，江州高新区经济运行稳中向好。</p><section><p><strong>558.2</strong></p><p>亿元</p>"
            "<p>GDP</p><p>↑6.5%</p></section><p>1-6月</p><p>全区新增企业1200家。</p></body></html>")
    expected = "2023年，江州高新区经济运行稳中向好。\n558.2亿元\nGDP\n↑6.5%\n1-6月\n全区新增企业1200家。"
    assert read_bytes(html.encode(), "a.html").text == expected
    assert read_bytes(expected.replace("558.2亿元", "558.2\n\n亿元").encode(), "a.txt").text == expected


def test_corpus_header_becomes_metadata_and_leaves_the_body():
    document = read_document(FIXTURES / "hard_wrapped_header.txt")
    assert document.title == "高新区经济运行稳中有进"
    assert document.publisher == "某某日报"
    assert document.author == "王强"
    assert document.published == "2021-08-16"
    assert document.text.split("\n") == [
        "2021年上半年，高新区实现营业收入13.1亿元，同比增长12.5%，其中高新技术产业产值达到8.6亿元。",
        "下半年，高新区将继续推进重点项目建设，力争全年固定资产投资突破20亿元。",
        "二、主要措施",
        "一是加强招商引资；二是优化营商环境。",
    ]


def test_colon_style_header_becomes_metadata():
    text = "标题：园区经济快速增长\n来源：园区日报\n作者：张三\n发布日期：2020年3月5日\n\n园区全年实现营业收入100亿元，同比增长10%。"
    document = read_bytes(text.encode(), "a.txt")
    assert (document.title, document.publisher, document.author) == ("园区经济快速增长", "园区日报", "张三")
    assert document.published == "2020-03-05"
    assert document.text == "园区全年实现营业收入100亿元，同比增长10%。"


def test_first_short_line_of_plain_text_is_the_headline():
    text = "园区经济快速增长\n\n园区全年实现营业收入100亿元，同比增长10%，增速位居全市第一。"
    document = read_bytes(text.encode(), "a.txt")
    assert document.title == "园区经济快速增长"
    assert document.text == "园区全年实现营业收入100亿元，同比增长10%，增速位居全市第一。"


def test_headline_followed_by_a_section_heading_is_the_title():
    text = "某市2023年国民经济和社会发展统计公报\n\n一、综合\n\n初步核算,全年全市地区生产总值2345.67亿元,比上年增长5.8%。"
    document = read_bytes(text.encode(), "a.txt")
    assert document.title == "某市2023年国民经济和社会发展统计公报"
    assert document.text.startswith("一、综合")


def test_blank_lines_and_indentation_separate_paragraphs():
    text = (
        "　　第一段的第一行写得比较长，一直写到行尾没有标点\n"
        "第一段的第二行，写完了。\n"
        "　　第二段没有空行，但是首行缩进了两个全角空格，所以另起一段\n"
        "\n"
        "第三段前面有空行，所以也是单独一段，虽然上一段没有句号"
    )
    assert read_bytes(text.encode(), "a.txt").text.split("\n") == [
        "第一段的第一行写得比较长，一直写到行尾没有标点第一段的第二行，写完了。",
        "第二段没有空行，但是首行缩进了两个全角空格，所以另起一段",
        "第三段前面有空行，所以也是单独一段，虽然上一段没有句号",
    ]


def test_short_heading_is_not_joined_to_the_next_paragraph():
    text = (
        "园区全年实现营业收入一百亿元，同比增长百分之十，增速位居全市第一位，\n"
        "创历史新高。\n"
        "一、工业经济\n"
        "全年规模以上工业总产值达到五百亿元，同比增长百分之八，继续保持较快增长。"
    )
    assert read_bytes(text.encode(), "a.txt").text.split("\n") == [
        "园区全年实现营业收入一百亿元，同比增长百分之十，增速位居全市第一位，创历史新高。",
        "一、工业经济",
        "全年规模以上工业总产值达到五百亿元，同比增长百分之八，继续保持较快增长。",
    ]


def test_latin_words_split_by_a_wrap_keep_a_space():
    text = "The zone reported revenue of 13.1 billion yuan in the first\nhalf of the year, up 12.5 percent."
    assert "first half" in read_bytes(text.encode(), "a.txt").text


def test_characters_are_kept_as_written_but_invisible_ones_go():
    text = "\ufeff园区收入\u200b１３．１亿元，增长１２％。\r\n第二段：增加\u00a0436.29 亿元。\r\n"
    document = read_bytes(text.encode("utf-8"), "a.txt")
    assert document.text == "园区收入１３．１亿元，增长１２％。\n第二段：增加 436.29 亿元。"


def test_spaces_inside_a_paragraph_collapse_to_one():
    text = "园区  收入\t\t100 　 亿元。"
    assert read_bytes(text.encode(), "a.txt").text == "园区 收入 100 亿元。"


def test_reading_does_not_change_the_file(tmp_path):
    path = tmp_path / "article.txt"
    original = SAMPLE.read_bytes()
    path.write_bytes(original)
    os.utime(path, (1_600_000_000, 1_600_000_000))
    before = path.stat()
    read_document(path)
    after = path.stat()
    assert path.read_bytes() == original
    assert (after.st_mtime_ns, after.st_size, after.st_mode) == (before.st_mtime_ns, before.st_size, before.st_mode)


# Refused files: each error names the path and says why.


def _refusal(path) -> ReadError:
    with pytest.raises(ReadError) as caught:
        read_document(path)
    assert caught.value.path == str(path)
    assert str(path) in str(caught.value)
    return caught.value


def test_missing_file_is_refused(tmp_path):
    assert "does not exist" in _refusal(tmp_path / "missing.txt").reason


def test_folder_is_refused(tmp_path):
    assert "folder" in _refusal(tmp_path).reason


def test_empty_file_is_refused(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    assert "empty" in _refusal(path).reason


def test_whitespace_only_file_is_refused(tmp_path):
    path = tmp_path / "blank.txt"
    path.write_text(" \n\u3000\n\t\n", encoding="utf-8")
    assert "the file is empty" in _refusal(path).reason


def test_markup_without_text_is_refused(tmp_path):
    path = tmp_path / "scripts.html"
    path.write_text("<html><head><script>var a = 1;</script></head><body><div></div></body></html>")
    assert "no article text" in _refusal(path).reason


def test_a_page_left_with_a_few_words_of_chrome_is_refused_and_a_table_of_figures_is_not(tmp_path):
    hidden = tmp_path / "hidden.html"
    hidden.write_text("<html><body><div>今天是2024年4月18日 星期四 无障碍浏览</div>"
                      "<div style='display:none'><p>园区实现营业收入100亿元。</p></div>"
                      "<div>公安机关备案号 33010602001234号</div></body></html>", encoding="utf-8")
    assert "no sentence or table row" in _refusal(hidden).reason
    table = tmp_path / "table.html"
    table.write_text("<html><body><table><tr><td>指标</td><td>1-5月</td><td>同比增长(%)</td></tr>"
                     "<tr><td>社会消费品零售总额</td><td>618.25</td><td>5.9</td></tr></table></body></html>",
                     encoding="utf-8")
    assert "社会消费品零售总额" in read_document(table).text


def test_an_infographic_page_of_labelled_figures_is_no_chrome(tmp_path):
    # 图解: 地区生产总值 / 386.5亿元 / 同比增长6.2%, with no sentence on the page
    page = tmp_path / "tujie.html"
    page.write_text("<html><body><h1>图解：2023年望山区经济运行情况</h1><div id='zoom'><p>地区生产总值</p><p>386.5亿元</p>"
                    "<p>同比增长6.2%</p><p>社会消费品零售总额</p><p>173.6亿元</p><p>同比增长7.0%</p></div></body></html>",
                    encoding="utf-8")
    assert "386.5亿元" in read_document(page).text


@pytest.mark.parametrize(
    ("content", "kind"),
    [
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "PNG"),
        (b"PK\x03\x04" + bytes(200), "ZIP"),
        (b"%PDF-1.7\n" + bytes(range(256)), "PDF"),
        ("园区收入".encode() + b"\x00\x00\x01\x02" + "亿元".encode(), "NUL"),
    ],
)
def test_binary_file_is_refused(tmp_path, content, kind):
    path = tmp_path / "article.txt"
    path.write_bytes(content)
    reason = _refusal(path).reason
    assert "not a text file" in reason and kind in reason


def test_too_large_file_is_refused_before_reading(tmp_path, monkeypatch):
    monkeypatch.setattr(reader, "MAX_FILE_BYTES", 1000)
    path = tmp_path / "big.txt"
    path.write_text("园区收入100亿元。" * 200, encoding="utf-8")
    assert "too large" in _refusal(path).reason
    with pytest.raises(ReadError, match="too large"):
        read_bytes(path.read_bytes(), str(path))


def test_undecodable_file_is_refused(tmp_path):
    path = tmp_path / "broken.txt"
    # A UTF-16 byte-order mark followed by an odd number of bytes and a lone surrogate.
    path.write_bytes(b"\xff\xfe" + "园区".encode("utf-16-le") + b"\x00\xd8\x41")
    assert "not valid" in _refusal(path).reason


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="permissions do not bind this user")
def test_unreadable_file_is_refused(tmp_path):
    path = tmp_path / "secret.txt"
    path.write_text("园区收入100亿元。", encoding="utf-8")
    path.chmod(0)
    try:
        assert "permission" in _refusal(path).reason
    finally:
        path.chmod(stat.S_IRUSR | stat.S_IWUSR)


def test_permission_error_while_opening_is_refused(tmp_path, monkeypatch):
    path = tmp_path / "locked.txt"
    path.write_text("园区收入100亿元。", encoding="utf-8")

    def locked(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(reader, "open", locked, raising=False)
    assert "permission" in _refusal(path).reason


def test_first_line_of_a_hard_wrapped_paragraph_is_not_taken_for_a_headline():
    text = "园区全年实现营业收入一百亿元\n同比增长百分之十，增速位居全市第一位，创历史新高。"
    document = read_bytes(text.encode(), "a.txt")
    assert document.title == ""
    assert document.text == "园区全年实现营业收入一百亿元同比增长百分之十，增速位居全市第一位，创历史新高。"


def test_leading_blank_lines_and_indentation_do_not_matter():
    text = "\n\n  \n　　园区收入100亿元，\n同比增长10%。\n"
    assert read_bytes(text.encode(), "a.txt").text == "园区收入100亿元，同比增长10%。"


def test_newspaper_source_line_gives_paper_and_date():
    text = "题目：园区经济快速增长\n作者：李四\n出处：《经济日报》2019年5月6日 第3版\n\n　　园区全年实现营业收入１３．１亿\n元，同比增长１２．５％。\n"
    document = read_bytes(text.encode("gb18030"), "a.txt")
    assert (document.title, document.author, document.publisher) == ("园区经济快速增长", "李四", "经济日报")
    assert document.published == "2019-05-06"
    assert document.text == "园区全年实现营业收入１３．１亿元，同比增长１２．５％。"
    assert document.encoding == "gb18030"


def test_another_page_served_as_text_with_junk_tags():
    document = read_document(FIXTURES / "junk_tags_variant.txt")
    assert document.title == "苏州工业园区：创新驱动高质量发展"
    assert (document.publisher, document.author, document.published) == ("苏州日报", "张三", "2021-08-16")
    assert document.text.split("\n") == [
        "今年上半年，园区实现地区生产总值1666.5亿元，同比增长12.9%；",
        "一般公共预算收入210.2亿元，同比增长15.2%。",
        "园区累计拥有高新技术企业2000家。",
    ]


def test_a_date_before_labelled_metadata_is_the_publish_date():
    page = ("<html><body><h1>园区经济快速增长</h1><p>2023年08月12日 09:15 来源：湖北日报 作者：李明</p>"
            "<p>园区全年实现营业收入100亿元，同比增长10%，增速位居全市第一。</p></body></html>")
    document = read_bytes(page.encode(), "a.html")
    assert (document.published, document.publisher, document.author) == ("2023-08-12", "湖北日报", "李明")


def test_traditional_metadata_labels_are_read():
    text = "【標題】西安高新區經濟運行\n【日期】2023-07-10\n營業收入達到1256億元，同比增長12.5%。\n"
    document = read_bytes(text.encode("big5"), "a.txt")
    assert (document.title, document.published) == ("西安高新區經濟運行", "2023-07-10")
    page = ("<html><body><h1>西安高新區經濟運行</h1><p>發佈時間：2023-07-10 來源：西安日報 責任編輯：王明</p>"
            "<p>營業收入達到1256億元，同比增長12.5%。</p></body></html>")
    document = read_bytes(page.encode("big5"), "a.html")
    assert (document.published, document.publisher, document.text) == ("2023-07-10", "西安日報", "營業收入達到1256億元，同比增長12.5%。")


@pytest.mark.parametrize("byline", ["寧川新聞網　2024年3月12日", "寧川日報　2024年3月12日　記者：王芳"])
def test_a_traditional_outlets_byline_under_the_headline_gives_the_publish_date(byline):
    # A Big5 page names its outlet in traditional characters (新聞網, 日報), as its labels.
    text = f"江州高新區去年營業收入增長一成\n{byline}\n\n　　去年，江州高新區實現營業收入1256億元，同比增長12.5%。\n"
    document = read_bytes(text.encode("big5"), "a.txt")
    assert (document.title, document.published) == ("江州高新區去年營業收入增長一成", "2024-03-12")
    assert document.publisher == byline.split("　")[0] and document.text.startswith("去年")


def test_the_traditional_label_characters_agree_with_opencc():
    import opencc

    from viewer.core.read_text import _TRADITIONAL_LABEL_CHARS

    simplified = "".join(chr(code) for code in _TRADITIONAL_LABEL_CHARS)
    assert simplified.translate(_TRADITIONAL_LABEL_CHARS) == opencc.OpenCC("s2t").convert(simplified)


def test_a_work_report_dated_in_its_subtitle():
    text = ("政府工作报告\n——2024年1月15日在西安市第十七届人民代表大会第四次会议上\n西安市市长 叶牛平\n"
            "一、2023年工作回顾\n过去一年，全市地区生产总值达到12010.76亿元，增长5.2%；规模以上工业增加值增长9.3%。\n")
    document = read_bytes(text.encode(), "report.txt")
    assert (document.title, document.published) == ("政府工作报告", "2024-01-15")
    assert document.text.startswith("——2024年1月15日在")  # the subtitle stays in the text


def test_the_issuer_between_a_title_and_its_date_is_not_the_title():
    text = ("湖川省2023年国民经济和社会发展统计公报\n\n湖川省统计局 国家统计局湖川调查总队\n2024年3月18日\n\n"
            "初步核算，2023年全省地区生产总值50012.85亿元，比上年增长4.6%。\n")
    document = read_bytes(text.encode(), "report.txt")
    assert (document.title, document.published) == ("湖川省2023年国民经济和社会发展统计公报", "2024-03-18")


@pytest.mark.parametrize("byline, published", [
    ("宁川市统计局　2024年3月15日", "2024-03-15"),
    ("宁川市统计局　2024-3-15", "2024-03-15"),
    ("2024年3月15日　宁川市统计局", "2024-03-15"),
    ("宁川市统计局　　2024年3月", "2024-03"),  # signed with the month alone
    ("宁川市统计局", ""),
    ("宁川市统计局\n国家统计局宁川调查队", ""),
])
def test_an_unlabelled_byline_under_a_title_gives_publisher_and_date(byline, published):
    text = f"宁川市2023年国民经济和社会发展统计公报\n\n{byline}\n\n年末全市常住人口486.52万人，比上年末减少1.37万人。\n"
    document = read_bytes(text.encode(), "report.txt")
    assert (document.title, document.publisher, document.published) == (
        "宁川市2023年国民经济和社会发展统计公报", "宁川市统计局", published)
    assert document.text == "年末全市常住人口486.52万人，比上年末减少1.37万人。"


@pytest.mark.parametrize("text", [
    "《 人民日报 》（ 2023年05月22日   第 02 版）\n在江苏澄江高新区，去年营业收入达到6830亿元。\n",
    "澄江高新区加速成长\n在江苏澄江高新区，去年营业收入达到6830亿元。\n《人民日报》（2023年5月22日第2版）\n",
    "人民日报数字报 | 2023年05月22日 星期一 | 第02版：要闻\n在江苏澄江高新区，去年营业收入达到6830亿元。\n",
    "人民日报　2023年05月22日　星期一　第02版\n在江苏澄江高新区，去年营业收入达到6830亿元。\n",
    "澄江高新区加速成长\n在江苏澄江高新区，去年营业收入达到6830亿元。\n《人民日报》2023年5月22日第2版\n",
])
def test_a_newspapers_print_edition_line_gives_publisher_and_date(text):
    document = read_bytes(text.encode(), "copy.txt")
    assert (document.publisher, document.published) == ("人民日报", "2023-05-22")
    assert document.text == "在江苏澄江高新区，去年营业收入达到6830亿元。"


def test_traditional_furniture_of_a_big5_page_is_dropped():
    page = ("<html><body><div>當前位置：首頁 &gt; 大灣區 &gt; 專題</div><h1>大灣區科技創新走廊加快建設</h1>"
            "<p>2022年區內研發投入超過4000億元，佔地區生產總值比重達3.4%。</p>"
            "<h3>相關新聞</h3><p>大灣區GDP十年增長近一倍 2023-05-02</p>"
            "<div>版權所有 文匯報 不得轉載 電話：(852)28738288</div></body></html>")
    document = read_bytes(page.encode("big5"), "a.html")
    assert document.text == "2022年區內研發投入超過4000億元，佔地區生產總值比重達3.4%。"


@pytest.mark.parametrize(
    ("line", "published", "publisher"),
    [("2023-04-25 来源：南湖区统计局", "2023-04-25", "南湖区统计局"), ("2023年01月20日 来源：省统计局", "2023-01-20", "省统计局"),
     ("2024年02月05日08:16 | 来源：人民网－四川频道", "2024-02-05", "人民网－四川频道"),
     ("2024-02-05 08:16 | 来源：人民网", "2024-02-05", "人民网")],
)
def test_a_date_followed_by_one_label_is_metadata(line, published, publisher):
    text = f"南湖区一季度经济运行平稳\n{line}\n一季度，全区实现地区生产总值1234.5亿元，同比增长6.7%。"
    document = read_bytes(text.encode(), "a.txt")
    assert (document.published, document.publisher) == (published, publisher)
    assert document.text == "一季度，全区实现地区生产总值1234.5亿元，同比增长6.7%。"


def test_metadata_values_keep_their_paired_brackets():
    text = ("【标题】【重磅】2023年江城市国民经济和社会发展统计公报（摘要）\n【来源】新华社（北京）\n【作者】【张三】\n【正文】\n"
            "全年全市地区生产总值18866.43亿元，比上年增长5.7%。")
    document = read_bytes(text.encode(), "a.txt")
    assert document.title == "【重磅】2023年江城市国民经济和社会发展统计公报（摘要）"
    assert (document.publisher, document.author) == ("新华社（北京）", "张三")


def test_an_unpaired_bracket_at_a_value_end_is_dropped():
    text = "标题：园区经济快速增长\n来源：区管委会） 作者：张三\n\n全年全市地区生产总值18866.43亿元。"
    assert read_bytes(text.encode(), "a.txt").publisher == "区管委会"


@pytest.mark.parametrize("issuer", ["湖川省统计局", "某市统计局 国家统计局某调查队"])
def test_the_issuer_between_a_communique_title_and_its_date_is_the_publisher(issuer):
    text = (f"某市2023年国民经济和社会发展统计公报\n\n{issuer}\n2024年3月1日\n\n一、综合\n\n"
            "初步核算，全年全市地区生产总值2345.67亿元，比上年增长5.8%。")
    document = read_bytes(text.encode(), "a.txt")
    assert (document.title, document.publisher, document.published) == (
        "某市2023年国民经济和社会发展统计公报", issuer, "2024-03-01")
    assert document.text.split("\n")[0] == "一、综合"


@pytest.mark.parametrize("links", ["共 128 条 第 1/16 页 首页 上一页 下一页 尾页", "首页 上一页 1 2 3 ... 16 下一页 尾页 跳转到第 页 GO"])
def test_page_links_are_furniture(links):
    text = f"全年全市地区生产总值2345.67亿元，比上年增长5.8%。\n{links}\n全市共有页岩气井128口。"
    assert read_bytes(text.encode(), "a.txt").text == "全年全市地区生产总值2345.67亿元，比上年增长5.8%。\n全市共有页岩气井128口。"


PDF_PAGE_TEXT = """2023年某市国民经济和社会发展统计公报

某市统计局
2024年3月18日

　　全年全市地区生产总值3375.8亿元，比上年增长6.1%。
　　全年固定资产投资比上年增长9.6%。其中，工业投资增长11.8%，基础设

{first}

某市统计局
2023年某市国民经济和社会发展统计公报

施投资下降9.6%。
　　全年社会消费品零售总额5211.3亿元，比上年增长7.8%。
{second}
　　年末金融机构本外币各项存款余额7909.7亿元，比年初增长11.9%。
"""


@pytest.mark.parametrize(
    ("first", "second"), [("— 1 —", "— 2 —"), ("- 1 -", "－ 2 －"), ("第 1 页 共 12 页", "第2页"), ("1 / 12", "2 / 12")]
)
def test_page_numbers_and_running_headers_of_pdf_text_leave_and_a_cut_sentence_is_joined(first, second):
    document = read_bytes(PDF_PAGE_TEXT.format(first=first, second=second).encode(), "a.txt")
    assert document.text.split("\n") == [
        "全年全市地区生产总值3375.8亿元，比上年增长6.1%。",
        "全年固定资产投资比上年增长9.6%。其中，工业投资增长11.8%，基础设施投资下降9.6%。",
        "全年社会消费品零售总额5211.3亿元，比上年增长7.8%。",
        "年末金融机构本外币各项存款余额7909.7亿元，比年初增长11.9%。",
    ]
    assert (document.title, document.publisher) == ("2023年某市国民经济和社会发展统计公报", "某市统计局")


def test_bare_page_numbers_leave_only_when_they_count_up_pages_apart():
    pages = "\n".join(f"　　第{page}页的第{line}段，全市地区生产总值增长{line}%。" for page in (1, 2) for line in range(6))
    lines = pages.split("\n")
    text = "\n".join(lines[:6] + ["1"] + lines[6:] + ["2"])
    assert read_bytes(text.encode(), "a.txt").text.split("\n") == [line.strip() for line in lines]
    years = "指标\n2021\n2022\n2023\n　　全市地区生产总值增长5%。"
    assert "2022" in read_bytes(years.encode(), "b.txt").text.split("\n")


def test_a_number_wrapped_after_a_short_line_is_joined_again():
    text = ("　　全年全社会用电量达3156.4亿千瓦时，增长5.3%。规模以上工业企业实现利润2468.9亿\n元，比上年增长1\n2.5%。\n"
            "　　规模以上工业增加值比上年增长9.0%。其中，高技术制造业增加值增长9.0\n%。\n")
    assert read_bytes(text.encode(), "a.txt").text.split("\n") == [
        "全年全社会用电量达3156.4亿千瓦时，增长5.3%。规模以上工业企业实现利润2468.9亿元，比上年增长12.5%。",
        "规模以上工业增加值比上年增长9.0%。其中，高技术制造业增加值增长9.0%。",
    ]


def test_a_full_wrapped_line_ending_in_a_semicolon_does_not_end_its_paragraph():
    text = ("　　2023年，全省规模以上工业企业实现利润总额2468.9亿元，比上年增长1\n"
            "2.5%；其中，国有控股企业利润总额1022.6亿元，增长3.3%；外商投资企业利\n"
            "上年回落3.2个百分点；全年规模以上工业企业营业收入达到48215.6亿元；\n"
            "全年规模以上工业企业每百元营业收入中的成本为84.1元，比上年增加0.5元。\n"
            "　　年末全省共有规模以上工业企业1.2万家；\n"
            "其中，国有控股企业1200家。\n")
    assert read_bytes(text.encode(), "a.txt").text.split("\n") == [
        "2023年，全省规模以上工业企业实现利润总额2468.9亿元，比上年增长12.5%；其中，国有控股企业利润总额1022.6亿元，"
        "增长3.3%；外商投资企业利上年回落3.2个百分点；全年规模以上工业企业营业收入达到48215.6亿元；"
        "全年规模以上工业企业每百元营业收入中的成本为84.1元，比上年增加0.5元。",
        "年末全省共有规模以上工业企业1.2万家；",  # a short line ending in ；ends where its writer ended it
        "其中，国有控股企业1200家。",
    ]


def test_a_column_of_years_is_not_joined_as_a_wrapped_number():
    text = "指标\n2021\n2022\n全市地区生产总值增长5%。"
    assert read_bytes(text.encode(), "a.txt").text.split("\n")[:3] == ["指标", "2021", "2022"]


def test_the_lines_of_a_table_are_never_joined_as_wrapped_lines():
    table = ["指标名称 单位 绝对数 比上年增长(%)", "社会消费品零售总额 亿元 618.25 5.9", "存款余额 亿元 6712.50 9.1",
             "全社会用电量 亿千瓦时 112.36 7.5"]
    text = "全年全市地区生产总值3286.47亿元，比上年增长5.6%。\n\n" + "\n".join(table)  # no long line sets the wrap
    assert read_bytes(text.encode(), "a.txt").text.split("\n")[1:] == table


@pytest.mark.parametrize("data", [b" \r\n\t ", "\u3000\n".encode(), b"\xef\xbb\xbf", b"\xef\xbb\xbf\n\n", b"\xff\xfe"])
def test_a_file_of_whitespace_or_a_byte_order_mark_alone_is_empty(data):
    with pytest.raises(ReadError, match="the file is empty"):
        read_bytes(data, "a.txt")


def test_the_size_and_the_limit_of_a_too_large_file_are_in_the_same_megabytes():
    with pytest.raises(ReadError) as refusal:
        read_bytes(bytes(reader.MAX_FILE_BYTES + 1), "big.txt")
    assert refusal.value.reason == "the file is too large (50.0 MB; the limit is 50 MB)"


def test_labels_of_a_documents_particulars_make_metadata_lines():
    text = ("关于2023年计划执行情况的报告\n索引号：002623612/2024-45678 发布机构：湖州市发展和改革委员会\n"
            "发文日期：2024-02-27 主题分类：国民经济管理\n文号：湖发改规划〔2024〕12号 有效性：有效\n\n"
            "全年实现地区生产总值4015.1亿元，同比增长6.4%。")
    document = read_bytes(text.encode(), "a.txt")
    assert (document.publisher, document.published) == ("湖州市发展和改革委员会", "2024-02-27")
    assert document.text == "全年实现地区生产总值4015.1亿元，同比增长6.4%。"


def test_a_year_set_apart_from_month_and_day_in_the_header_is_the_publish_date():
    text = "西安高新区去年营收突破3万亿元\n2024 03/12 10:48:36\n2023年，西安高新区实现营业总收入3.12万亿元，同比增长10.6%。"
    document = read_bytes(text.encode(), "a.txt")
    assert document.published == "2024-03-12"
    assert document.text == "2023年，西安高新区实现营业总收入3.12万亿元，同比增长10.6%。"


@pytest.mark.parametrize("line", ["图片编辑：蒋立冬", "+156收藏我要举报", "赞 5 | 举报", "阅读 3.2万　在看 128　点赞 56　分享　写留言",
                                  "写留言", "暂无留言", "阅读原文 阅读 1.2万 赞 286 在看 43", "阅读原文阅读 1.2万赞 286在看 43写留言"])
def test_editor_lines_and_like_counters_after_the_article_leave(line):
    text = f"全年全市地区生产总值2345.67亿元，比上年增长5.8%。\n{line}"
    assert read_bytes(text.encode(), "a.txt").text == "全年全市地区生产总值2345.67亿元，比上年增长5.8%。"


@pytest.mark.parametrize(
    "line",
    [
        "欢迎访问湖北省人民政府门户网站无障碍 | 长者模式 | English | 登录 | 手机版",
        "欢迎访问湖北省人民政府门户网站",
        "【纠错】【责任编辑:刘洋 】",
        "关键词 >>苏州工业园区GDP",
        "人 民 网 股 份 有 限 公 司 版 权 所 有 ，未 经 书 面 授 权 禁 止 使 用",
        "关注公众号：人民网四川频道",
        "分享让更多人看到",
        "热门排行",
        "字号",
        "澎湃新闻2024-01-20评论 23",
        "- END -",
    ],
)
def test_chrome_of_news_and_government_pages_is_furniture(line):
    text = f"全年全市地区生产总值2345.67亿元，比上年增长5.8%。\n{line}\n全市共有页岩气井128口。"
    assert read_bytes(text.encode(), "a.txt").text == "全年全市地区生产总值2345.67亿元，比上年增长5.8%。\n全市共有页岩气井128口。"


def test_a_sentence_about_a_welcome_or_a_keyword_stays():
    text = "欢迎来到苏州工业园区，这里去年吸引投资超过100亿元。\n关键词是创新，全年研发投入增长12%。"
    assert read_bytes(text.encode(), "a.txt").text == text


@pytest.mark.parametrize("header, author", [
    ("原创 星湾科创园 星湾高新发布 2025年05月20日 18:30 浙江", "星湾科创园"),
    ("原创 星湾高新发布 2025年05月20日 18:30", ""),
    ("星湾高新发布 2025年05月20日 18:30 浙江", ""),
])
def test_a_wechat_articles_header_line_gives_account_author_and_date(header, author):
    text = f"五年蝶变！这个科创园跑出孵化加速度\n\n{header}\n\n星湾科创园于2020年5月正式开园。去年，在孵企业实现营业收入8.7亿元。\n"
    document = read_bytes(text.encode(), "wechat.txt")
    assert (document.publisher, document.author, document.published) == ("星湾高新发布", author, "2025-05-20")
    assert document.text == "星湾科创园于2020年5月正式开园。去年，在孵企业实现营业收入8.7亿元。"


@pytest.mark.parametrize(("byline", "author"), [
    ("来源：江临日报 记者 王蕾 通讯员 邓志刚", "记者 王蕾 通讯员 邓志刚"), ("来源：江临日报 作者 王蕾 编辑 邓志刚", "王蕾"),
    ("来源：江临日报 作者：记者 王蕾 通讯员 邓志刚 责任编辑 李明", "记者 王蕾 通讯员 邓志刚")])
def test_a_byline_label_without_a_colon_ends_the_value_before_it(byline, author):
    text = f"松岭经开区前10月签约项目93个\n2023-11-08 08:35 {byline}\n今年以来，开发区累计签约项目93个，总投资达416.8亿元。"
    document = read_bytes(text.encode(), "a.txt")
    assert (document.publisher, document.author) == ("江临日报", author)


@pytest.mark.parametrize(("span", "author"), [
    ('<span class="author">记者 王蕾 通讯员 邓志刚</span>', "记者 王蕾 通讯员 邓志刚"), ('<span class="author">作者：王蕾</span>', "王蕾")])
def test_metadata_spans_with_nothing_between_them_are_values_of_their_own(span, author):
    page = ("<html><body><h1>松岭经开区：前10月签约项目93个</h1><div class='meta'><span class='time'>2023-11-08 08:35</span>"
            f"<span class='source'>来源：江临日报</span>{span}</div>"
            "<p>今年以来，松岭经济技术开发区累计签约项目93个，总投资达416.8亿元，同比增长23.6%。</p></body></html>")
    document = read_bytes(page.encode(), "a.html")
    assert (document.published, document.publisher, document.author) == ("2023-11-08", "江临日报", author)


def test_a_reporters_label_before_a_sentence_with_figures_opens_body_text_not_a_byline():
    # A TV or 融媒体 transcript gives the reporter's words after 记者：; only a line of names is the byline.
    text = ("高新区：项目建设跑出加速度\n发布时间：2024-06-20 19:42　来源：安宁融媒体中心\n\n"
            "（本台消息）1至5月，安宁高新区实施重点项目89个。\n\n"
            "记者：1至5月，高新区规上工业总产值完成352.8亿元，同比增长10.2%；实际利用外资4870万美元。\n\n"
            "记者：王小川 编辑：赵颖\n")
    document = read_bytes(text.encode(), "a.txt")
    assert "记者：1至5月，高新区规上工业总产值完成352.8亿元" in document.text
    assert "王小川" not in document.text


@pytest.mark.parametrize(("header", "author"), [
    ("作者：王洁 李明远　2024-03-12 07:36", "王洁 李明远"), ("来源：科技日报　作者：王洁　2024-03-12 07:36", "王洁"),
    ("作者：王洁 2024年03月12日", "王洁")])
def test_a_date_after_the_authors_name_is_the_publish_date(header, author):
    # 作者：王洁 李明远　2024-03-12 07:36: the byline ends with the date and time, unlabelled
    text = f"岚山高新区营收创新高\n\n{header}\n\n岚山高新区去年实现营业收入2870亿元，同比增长9.6%。"
    document = read_bytes(text.encode(), "a.txt")
    assert (document.published, document.author) == ("2024-03-12", author)
    page = (f"<html><body><h1>岚山高新区营收创新高</h1><div class='info'>{header}</div>"
            "<p>岚山高新区去年实现营业收入2870亿元，同比增长9.6%。</p></body></html>")
    document = read_bytes(page.encode(), "a.html")
    assert (document.published, document.author) == ("2024-03-12", author)


@pytest.mark.parametrize(("header", "publisher"), [
    ("宁川高新区 2024-03-12 18:30 发表于江苏", "宁川高新区"), ("原创 宁川高新区 2024年03月12日 18:30 发表于江苏", "宁川高新区"),
    ("原创 星湾科创园 星湾高新发布 2025年05月20日 18:30 浙江", "星湾高新发布"),
    ("临沅日报数字报 > 2024年03月12日 > 第01版：要闻", "临沅日报"),
    ("临沅日报 2024年03月12日 星期二 第A02版：要闻 上一版 下一版 往期回顾", "临沅日报")])
def test_a_wechat_or_epaper_header_line_gives_the_publish_date(header, publisher):
    # 发表于江苏 after the time, an ISO date, or an e-paper's 临沅日报数字报 > 2024年03月12日 > 第01版 (or 第A02版,
    # its page links after it)
    text = f"岚山高新区营收创新高\n\n{header}\n\n岚山高新区去年实现营业收入2870亿元，同比增长9.6%。"
    document = read_bytes(text.encode(), "a.txt")
    assert document.publisher == publisher
    assert document.published[:7] in ("2024-03", "2025-05")
    assert header not in document.text


@pytest.mark.parametrize("layout", [
    "临沅日报 2024年04月18日 第01版：要闻\n\n{kicker}\n{title}\n\n{body}",
    "{kicker}\n{title}\n临沅日报 2024年04月18日 第01版：要闻\n\n{body}"])
def test_a_short_kicker_line_with_the_headline_is_part_of_the_title_block(layout):
    # 引题 23个项目集中签约 总投资186.5亿元 over the 主题: a newspaper's two-line headline, not body text
    text = layout.format(kicker="23个项目集中签约 总投资186.5亿元", title="临沅高新区重大项目集中签约活动举行",
                         body="本报讯（记者 赵一鸣）4月17日，临沅高新区2024年重大项目集中签约活动举行。活动现场共签约项目23个。")
    document = read_bytes(text.encode(), "a.txt")
    assert (document.title, document.published) == ("临沅高新区重大项目集中签约活动举行", "2024-04-18")
    assert document.text.startswith("本报讯")


def test_a_first_body_line_under_the_headline_is_no_kicker():
    # a sentence (with its comma) after the edition line and the headline stays body text
    text = ("临沅日报 2024年04月18日 第01版：要闻\n\n临沅高新区重大项目集中签约活动举行\n"
            "4月17日，临沅高新区集中签约项目23个\n\n总投资186.5亿元，涉及新能源、新材料等领域。")
    document = read_bytes(text.encode(), "a.txt")
    assert "签约项目23个" in document.text


@pytest.mark.parametrize("header, publisher", [
    ("金城日报 2023-08-09 09:12 发布于四川", "金城日报"), ("2023-08-09 09:12 发布于四川", ""),
    ("金城日报 2023-08-09 09:12发布于四川", "金城日报"), ("2023-08-09 09:12 金城日报 ·四川", "金城日报"),
    ("2023-08-09 09:12金城日报·四川", "金城日报"), ("来源: 金城日报 发布于：四川省 2023-08-09", "金城日报"),
    ("2023-08-09 09:12 IP属地：四川", "")])
def test_the_place_a_header_line_was_posted_from_is_no_part_of_its_publisher(header, publisher):
    # Portals add where an article was posted from (发布于四川, ·四川, IP属地：四川) after its date or source.
    text = f"苏河高新区上半年营收突破千亿元\n\n{header}\n\n今年上半年，苏河高新区实现营业收入1026.4亿元，同比增长9.3%。"
    document = read_bytes(text.encode(), "a.txt")
    assert (document.publisher, document.published[:7]) == (publisher, "2023-08")
    assert "四川" not in document.text


@pytest.mark.parametrize("header", ["2022-07-20 09:12·金城日报", "2022-07-20 09:12 · 金城日报", "2022-07-20 09:12 · 澎湃新闻"])
def test_a_toutiao_header_gives_the_date_and_the_account_after_its_dot(header):
    # 今日头条 writes the account after the time, a dot between them (2022-07-20 09:12·金城日报).
    text = f"金沙高新区上半年GDP增长8.5%\n\n{header}\n\n今年上半年，金沙高新区实现地区生产总值326.4亿元，同比增长8.5%。"
    document = read_bytes(text.encode(), "a.txt")
    assert (document.publisher, document.published) == (header.split("·")[1].strip(), "2022-07-20")
    assert document.text.startswith("今年上半年")


@pytest.mark.parametrize("header, publisher, author, published", [
    # 原创 记者 王芳 …: the byline before the date and source; 澎湃新闻记者 王芳: the outlet is the publisher, not 王芳.
    ("原创 记者 王芳 2023-08-09 09:12 来源：澎湃新闻", "澎湃新闻", "记者 王芳", "2023-08-09"),
    ("记者 王芳 来源：澎湃新闻 2023-08-09 09:12", "澎湃新闻", "记者 王芳", "2023-08-09"),
    ("记者 王芳 李明 2023-08-09 09:12", "", "记者 王芳 李明", "2023-08-09"),
    ("澎湃新闻记者 王芳 2023-08-09 09:12", "澎湃新闻", "记者 王芳", "2023-08-09"),
    # 宁川日报讯（记者 王芳） before the date or its label, 记者 王芳 after the date: the outlet and the reporter
    ("宁川日报讯（记者 王芳）　发布日期：2024年5月16日", "宁川日报", "记者 王芳", "2024-05-16"),
    ("宁川网讯　2024年5月16日　记者 王芳", "宁川网", "记者 王芳", "2024-05-16"),
    ("宁川日报　2024年5月16日　记者 王芳 李明", "宁川日报", "记者 王芳 李明", "2024-05-16"),
    ("本报讯（记者 王芳） 2024年5月16日", "", "记者 王芳", "2024-05-16"),
    # a labelled field after the outlet and date (宁川日报　2024年5月16日　记者：王芳)
    ("宁川日报　2024年5月16日　记者：王芳", "宁川日报", "王芳", "2024-05-16"),
    ("宁川日报　2024年5月16日　记者：王芳　编辑：李明", "宁川日报", "王芳", "2024-05-16")])
def test_a_reporters_byline_or_an_outlets_dateline_on_a_header_line_gives_author_and_publisher(
        header, publisher, author, published):
    text = f"苏河高新区上半年营收突破千亿元\n\n{header}\n\n　　今年上半年，苏河高新区实现营业收入1026.4亿元，同比增长9.3%。"
    document = read_bytes(text.encode(), "a.txt")
    assert (document.title, document.publisher, document.author) == ("苏河高新区上半年营收突破千亿元", publisher, author)
    assert document.published == published
    assert document.text.startswith("今年上半年")


@pytest.mark.parametrize("lead", ["本报讯（记者 王芳）5月15日，苏河高新区召开项目推进会。",
                                  "2024年5月16日，苏河高新区召开项目推进会 记者 王芳"])
def test_a_lead_after_a_dateline_or_a_sentence_opening_with_a_date_stays_body_text(lead):
    text = f"苏河高新区上半年营收突破千亿元\n\n{lead}\n\n　　今年上半年，苏河高新区实现营业收入1026.4亿元，同比增长9.3%。"
    document = read_bytes(text.encode(), "a.txt")
    assert document.published == "" and document.text.startswith(lead[:8])


@pytest.mark.parametrize("date_line, signature", [
    ("二〇二三年八月二日", "青屿高新区管理委员会办公室"), ("2023年8月2日", "青屿高新区管理委员会办公室"),
    ("2023年8月2日", "青屿高新区管委会")])
def test_a_notices_date_under_its_signature_at_the_end_is_its_publish_date(date_line, signature):
    # A government notice signs off with the office and the day (青屿高新区管理委员会办公室 / 二〇二三年八月二日).
    text = ("关于上半年全区主要经济指标完成情况的通报\n\n各街道、园区：\n"
            "今年上半年，苏河高新区实现营业收入1026.4亿元，同比增长9.3%。\n特此通报。\n\n"
            f"{signature}\n{date_line}\n")
    document = read_bytes(text.encode(), "a.txt")
    assert document.published == "2023-08-02"
    assert document.text.endswith(signature)


def test_a_date_closing_an_article_without_a_signature_is_no_publish_date():
    text = "苏河高新区营收创新高\n\n今年上半年，苏河高新区实现营业收入1026.4亿元，同比增长9.3%。\n2023年8月2日\n"
    document = read_bytes(text.encode(), "a.txt")
    assert document.published == ""


def test_a_headline_that_exclaims_still_heads_the_metadata_under_it():
    text = ("前三季度，宁川高新区经济运行这样“答卷”！\n\n宁川高新区 2023-10-27 18:30 发表于江苏\n\n"
            "今年以来，高新区上下全力拼经济、抓项目、促创新。\n1-9月，全区实现地区生产总值586.3亿元，同比增长6.9%。")
    document = read_bytes(text.encode(), "a.txt")
    assert document.title == "前三季度，宁川高新区经济运行这样“答卷”！"
    assert document.published[:7] == "2023-10" and document.publisher == "宁川高新区"
    assert document.text.startswith("今年以来")


def test_an_epapers_page_line_links_and_byline_are_no_body_text():
    text = ("滨海日报 2023年8月9日 星期三\n第A03版：经济\n上一版  下一版\n本版标题导航\n苏河高新区上半年营收突破千亿元\n"
            "本报记者 周婷\n今年上半年，苏河高新区实现营业收入1026.4亿元，同比增长9.3%。\n")
    document = read_bytes(text.encode(), "a.txt")
    assert document.title == "苏河高新区上半年营收突破千亿元"
    assert document.author == "本报记者 周婷" and document.published[:7] == "2023-08"
    assert document.text.startswith("今年上半年")


def test_the_title_over_its_subtitle_is_the_title():
    text = ("创新高地竞相迸发活力\n——三地国家高新区高质量发展观察\n\n本报记者  王晓峰  刘思远\n\n"
            "《 人民日报 》（ 2023年05月22日   第 02 版）\n\n　　国家高新区是实施创新驱动发展战略的重要载体。近日，记者走访3家国家高新区。\n")
    document = read_bytes(text.encode(), "a.txt")
    assert document.title == "创新高地竞相迸发活力"
    assert document.publisher == "人民日报"


@pytest.mark.parametrize("byline, publisher", [("宁川财经报道记者 刘洋 宁川报道", "宁川财经报道"), ("记者 刘洋 宁川报道", "")])
def test_a_reporters_byline_filed_from_a_place_is_no_headline(byline, publisher):
    text = f"宁川市设立200亿元科创母基金 首期规模50亿元\n\n{byline}\n发布时间：2023年11月8日\n\n11月7日，宁川市科创母基金正式揭牌。"
    document = read_bytes(text.encode(), "a.txt")
    assert (document.title, document.author, document.publisher) == ("宁川市设立200亿元科创母基金 首期规模50亿元", "记者 刘洋", publisher)
    assert document.text.startswith("11月7日")
