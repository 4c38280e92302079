"""Whatever the bytes, reading gives a Document or a ReadError, never anything else."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from viewer.core.document import Document, ReadError
from viewer.core.reader import read_bytes

CHINESE = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF)
FIGURES = st.sampled_from(list("0123456789.%，。；：、０１２３４５６７８９％．　 \u00a0\u200b\ufeff\t\r\n"))
WORDS = st.sampled_from(
    ["亿元", "万元", "同比增长", "来源：", "作者:", "【标题】", "【正文】", "当前位置：首页>", "京ICP备", "发布时间:2022-08-16",
     "标题：", "http://a.example/x", "©", "\n\n", "\u3000\u3000", "—", "&nbsp;", "&amp;", "&#x4e00;", "<", ">", "/"]
)
TAGS = st.sampled_from(
    ["<p>", "</p>", "<div>", "</div>", "<span>", "</span>", "<br>", "<td>", "<tr>", "<table>", "<a href=x>", "</a>",
     "<script>", "</script>", "<style>", "<!--", "-->", "<h1>", "</h1>", '<div style="display:none">', "<title>",
     "</title>", '<meta charset="gbk">', "<!DOCTYPE html>", '<legend id="h4sia"></legend>', "<li>", "<pre>",
     "<![CDATA["]
)
HTMLISH = st.lists(st.one_of(CHINESE, FIGURES, WORDS, TAGS, st.text(max_size=5)), max_size=60).map("".join)
ENCODINGS = st.sampled_from(["utf-8", "utf-8-sig", "gb18030", "utf-16", "big5", "utf-16-be", "latin-1"])


def reads_or_refuses(data: bytes) -> None:
    try:
        document = read_bytes(data, "article.txt")
    except ReadError as error:
        assert error.path == "article.txt" and error.reason
        return
    assert isinstance(document, Document)
    assert document.text and document.text == document.text.strip()
    assert "\r" not in document.text and "\ufeff" not in document.text and "\u200b" not in document.text
    assert all(line.strip() for line in document.text.split("\n"))
    assert document.published == "" or document.published[:4].isdigit()


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000))
def test_random_bytes_never_crash(data):
    reads_or_refuses(data)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(HTMLISH)
def test_html_like_text_never_crashes(text):
    reads_or_refuses(text.encode("utf-8"))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(HTMLISH, ENCODINGS)
def test_text_in_any_encoding_never_crashes(text, encoding):
    reads_or_refuses(text.encode(encoding, errors="ignore"))


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_any_unicode_text_never_crashes(text):
    reads_or_refuses(text.encode("utf-8", errors="surrogatepass"))


# Detection needs real text, not random characters: phrases of the kind the articles are made of.
PHRASES = st.sampled_from(
    ["长春净月高新区", "完成地区生产总值", "436.29亿元", "同比增长", "6.7%", "；", "，", "。", "规模以上工业产值",
     "固定资产投资完成", "地方财政收入", "在长春市四大开发区中增速排名第一", "集聚15所高校", "在校大学生18万人",
     "拥有12个国家科技研发平台", "\n", "\n\n", "\u3000\u3000", "来源：新华社\n", "【标题】园区经济\n", "２０２１年"]
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(PHRASES, min_size=8, max_size=80).map("".join))
def test_utf8_and_gb18030_give_the_same_document(text):
    try:
        utf8 = read_bytes(text.encode("utf-8"), "a.txt")
    except ReadError:
        return
    gb = read_bytes(text.encode("gb18030"), "a.txt")
    assert (gb.text, gb.title, gb.publisher) == (utf8.text, utf8.title, utf8.publisher)
