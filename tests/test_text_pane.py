"""The detail pane: exact highlighting (also beyond the BMP), clicks on marks, find, selection spans."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from viewer.core.document import Document
from viewer.qt.text_pane import OffsetMap, TextPane

# 𠮷 and 😀 are outside the Basic Multilingual Plane: two UTF-16 units each in Qt.
TEXT = "𠮷野家在2021年营业收入达到436.29亿元😀，\n同比增长6.7%；员工超过1.2万人。𠮷"


def spans(*quotes: str) -> list[tuple[int, int]]:
    return [(TEXT.index(q), TEXT.index(q) + len(q)) for q in quotes]


@pytest.fixture
def pane(qtbot):
    widget = TextPane()
    qtbot.addWidget(widget)
    widget.resize(600, 400)
    widget.show()
    qtbot.waitExposed(widget)
    document = Document(source="a.txt", text=TEXT, title="标题", publisher="新华网", published="2022-08-16")
    marks = [(row_id, start, end) for row_id, (start, end) in
             zip((7, 8, 9), spans("436.29亿元", "6.7%", "1.2万人"))]
    widget.show_document(document, marks, selected_row_id=8)
    return widget


def test_highlight_covers_exactly_the_quote_after_astral_characters(pane):
    assert pane.highlighted_text() == "6.7%"
    pane.set_selected(9)
    assert pane.highlighted_text() == "1.2万人"
    pane.set_selected(7)
    assert pane.highlighted_text() == "436.29亿元"


def test_clicking_another_mark_emits_its_row_id(pane, qtbot):
    point = pane.mark_position(9)
    with qtbot.waitSignal(pane.rowClicked, timeout=2000) as blocker:
        qtbot.mouseClick(pane.text_viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert blocker.args == [9]


def test_clicking_plain_text_emits_nothing(pane, qtbot):
    received = []
    pane.rowClicked.connect(received.append)
    cursor = QTextCursor(pane._text.document())
    cursor.setPosition(OffsetMap(TEXT).to_qt(TEXT.index("野家")))
    point = pane._text.cursorRect(cursor).center()
    qtbot.mouseClick(pane.text_viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert received == []


def test_selected_text_span_is_in_python_offsets(pane):
    start, end = spans("员工超过")[0]
    offsets = OffsetMap(TEXT)
    cursor = QTextCursor(pane._text.document())
    cursor.setPosition(offsets.to_qt(start))
    cursor.setPosition(offsets.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
    pane._text.setTextCursor(cursor)
    assert pane.selected_text_span() == (start, end)
    assert TEXT[slice(*pane.selected_text_span())] == "员工超过"


def test_header_shows_title_and_metadata(pane):
    header = pane._header.text()
    assert "标题" in header and "新华网" in header and "2022-08-16" in header and "a.txt" in header


def test_header_shortens_long_paths_and_the_tooltip_has_them_whole(pane):
    pane.show_document(Document(source="/home/user/articles/2022/a.txt", text="x"))
    assert "…/2022/a.txt" in pane._header.text() and "articles" not in pane._header.text()
    assert pane._header.toolTip() == "/home/user/articles/2022/a.txt"


def test_find_is_case_insensitive_and_wraps(pane):
    pane.show_document(Document(source="b.txt", text="GDP rose. gdp fell. Gdp again."))
    assert pane.find("gdp")
    assert pane._text.textCursor().selectedText() == "GDP"
    assert pane.find_next() and pane.find_next()
    assert pane._text.textCursor().selectedText() == "Gdp"
    assert pane.find_next()  # wraps to the first match
    assert pane._text.textCursor().selectionStart() == 0
    assert pane.find_previous()
    assert pane._text.textCursor().selectedText() == "Gdp"
    assert not pane.find("missing")


def test_find_bar_opens_and_closes(pane, qtbot):
    pane.show_find_bar()
    assert pane.find_bar_visible()
    qtbot.keyClick(pane._find_edit, Qt.Key.Key_Escape)
    assert not pane.find_bar_visible()


def test_clear_shows_the_placeholder(pane):
    pane.clear()
    assert pane.document() is None and pane.highlighted_text() == ""
    assert pane.marked_row_ids() == []


@given(st.text(alphabet=st.sampled_from("a中\n𠮷😀\U0010ffff"), max_size=40), st.data())
def test_offset_map_matches_utf16(text, data):
    offsets = OffsetMap(text)
    i = data.draw(st.integers(0, len(text)))
    qt_position = len(text[:i].encode("utf-16-le")) // 2
    assert offsets.to_qt(i) == qt_position
    assert offsets.from_qt(qt_position) == i
