"""Decoding: every supported encoding gives the same text, and what is not text is refused."""

from __future__ import annotations

import codecs

import pytest

from viewer.core.encoding import NotText, canonical_codec, decode
from viewer.core.reader import read_bytes

SIMPLIFIED = (
    "2021年，长春净月高新区完成地区生产总值436.29亿元，同比增长6.7%；规模以上工业产值完成141.7亿元，"
    "同比增长14.4%；固定资产投资完成255.3亿元，同比增长17.7%；地方财政收入完成14.1亿元，同比增长11%，"
    "在长春市四大开发区中增速排名第一。长春净月高新区集聚15所高校、在校大学生18万人，拥有12个国家科技研发平台。"
)
# Big5 has no simplified characters: the same article in traditional script.
TRADITIONAL = (
    "2021年，長春淨月高新區完成地區生產總值436.29億元，同比增長6.7%；規模以上工業產值完成141.7億元，"
    "同比增長14.4%；固定資產投資完成255.3億元，同比增長17.7%；地方財政收入完成14.1億元，同比增長11%，"
    "在長春市四大開發區中增速排名第一。長春淨月高新區集聚15所高校、在校大學生18萬人，擁有12個國家科技研發平台。"
)


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (SIMPLIFIED.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + SIMPLIFIED.encode("utf-8"), "utf-8"),
        (SIMPLIFIED.encode("gbk"), "gb18030"),
        (SIMPLIFIED.encode("gb2312"), "gb18030"),
        (SIMPLIFIED.encode("gb18030"), "gb18030"),
        (SIMPLIFIED.encode("utf-16"), "utf-16-le"),
        (codecs.BOM_UTF16_BE + SIMPLIFIED.encode("utf-16-be"), "utf-16-be"),
    ],
    ids=["utf-8", "utf-8-bom", "gbk", "gb2312", "gb18030", "utf-16-le-bom", "utf-16-be-bom"],
)
def test_simplified_text_decodes_the_same_in_every_encoding(data, encoding):
    assert decode(data) == (SIMPLIFIED, encoding)


@pytest.mark.parametrize("codec", ["big5", "utf-8", "utf-16", "utf-8-sig", "gbk"])
def test_traditional_text_decodes_the_same_in_every_encoding(codec):
    text, _ = decode(TRADITIONAL.encode(codec))
    assert text == TRADITIONAL


@pytest.mark.parametrize("text", ["同比增长6.7%；6.7%；6.7%；，", "同比增长6.7%；6.7%；", "增长；，；，１２％"])
def test_short_gb_text_thick_with_figures_and_punctuation_is_gb18030(text):
    assert decode(text.encode("gb18030")) == (text, "gb18030")


def test_big5_is_recorded_as_a_big5_codec():
    assert "big5" in decode(TRADITIONAL.encode("big5"))[1]


def test_document_records_the_encoding_and_the_same_text():
    utf8 = read_bytes(SIMPLIFIED.encode("utf-8"), "a.txt")
    gbk = read_bytes(SIMPLIFIED.encode("gbk"), "b.txt")
    utf16 = read_bytes(SIMPLIFIED.encode("utf-16"), "c.txt")
    assert utf8.text == gbk.text == utf16.text == SIMPLIFIED
    assert (utf8.encoding, gbk.encoding, utf16.encoding) == ("utf-8", "gb18030", "utf-16-le")
    assert gbk.sha256 != utf8.sha256


def test_html_charset_declaration_is_used_when_it_decodes_cleanly():
    declaration = '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">'
    html = f"<html><head>{declaration}</head><body><p>{SIMPLIFIED}</p></body></html>"
    document = read_bytes(html.encode("gb18030"), "a.html")
    assert document.text == SIMPLIFIED
    assert document.encoding == "gb18030"


def test_wrong_charset_declaration_falls_back_to_detection():
    html = f'<html><head><meta charset="big5"></head><body><p>{SIMPLIFIED}</p></body></html>'
    text, encoding = decode(html.encode("gb18030"))
    assert SIMPLIFIED in text
    assert encoding == "gb18030"


def test_characters_outside_gbk_decode_as_gb18030():
    text = SIMPLIFIED + "€𠀀"  # the euro sign and a CJK Extension B character exist only in GB18030
    assert decode(text.encode("gb18030"))[0] == text


@pytest.mark.parametrize(
    "label, codec",
    [("GB2312", "gb18030"), ("gbk", "gb18030"), ("x-gbk", "gb18030"), ("UTF8", "utf-8"), ("no-such", None)],
)
def test_charset_labels_map_to_codecs(label, codec):
    assert canonical_codec(label) == codec


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        b"\xff\xd8\xff\xe0\x00\x10JFIF",
        b"PK\x03\x04\x14\x00\x00\x00",
        b"%PDF-1.4\n%\xe2\xe3\xcf\xd3",
        bytes(range(0, 32)) * 40,
    ],
    ids=["png", "jpeg", "zip", "pdf", "control-bytes"],
)
def test_binary_data_is_not_text(data):
    with pytest.raises(NotText, match="not a text file"):
        decode(data)


def test_broken_utf16_after_a_byte_order_mark_is_refused():
    with pytest.raises(NotText, match="not valid utf-16-le"):
        decode(codecs.BOM_UTF16_LE + "园区".encode("utf-16-le") + b"\x00")


def test_utf16_without_byte_order_mark_is_refused_with_advice():
    with pytest.raises(NotText, match="UTF-16 without a byte-order mark"):
        decode("Zone revenue: 13.1 billion yuan, 园区".encode("utf-16-le"))


def test_long_gb_text_is_read_without_the_detector(monkeypatch):
    from viewer.core import encoding

    def no_detector(*args, **kwargs):
        raise AssertionError("the detector ran")

    monkeypatch.setattr(encoding, "from_bytes", no_detector)
    text = "全年实现地区生产总值436.29亿元，同比增长6.7%；规模以上工业产值141.7亿元，增长14.4%。" * 3
    assert decode(text.encode("gb18030")) == (text, "gb18030")
    traditional = "全年實現地區生產總值436.29億元，同比增長6.7%；規模以上工業產值141.7億元，增長14.4%。" * 3
    monkeypatch.undo()
    assert decode(traditional.encode("big5"))[0] == traditional  # Big5 is not taken for GB


def _page(charset: str, text: str) -> str:
    return f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}"></head><body><p>{text}</p></body></html>'


@pytest.mark.parametrize(
    ("declared", "text", "codec"),
    [("gb2312", "第一季度澳門本地生產總值為494.6億澳門元，按年上升38.8%。", "big5"),
     ("big5", "前三季度，园区实现地区生产总值1856.3亿元，同比增长6.4%。", "gbk")],
    ids=["gb2312-declared-big5-bytes", "big5-declared-gbk-bytes"],
)
def test_a_declaration_that_decodes_into_nonsense_gives_way_to_detection(declared, text, codec):
    decoded, _ = decode(_page(declared, text).encode(codec))
    assert text in decoded


def test_a_declared_page_with_a_few_greek_letters_keeps_its_declaration():
    text = "园区PM2.5平均浓度为32μg/m³，β系数为1.2，同比下降3.1%。" * 2
    assert decode(_page("gbk", text).encode("gb18030")) == (_page("gbk", text), "gb18030")
