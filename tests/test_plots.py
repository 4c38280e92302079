"""The plot panel: linked to the table both ways, every bar labelled, never an exception on no data."""

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6 import QtCore
from PySide6.QtWidgets import QApplication

from viewer.core.schema import Indicator, indicators_frame
from viewer.qt.fonts import install_bundled_font
from viewer.qt.plots import PlotPanel


def row(indicator, value, unit, *, subject="长春净月高新区", year=None, growth=None, kind=""):
    return Indicator(
        source="a.txt", indicator=indicator, value=value, unit=unit, value_base=value, base_unit=unit,
        qualifier="", year=year, growth_pct=growth, growth_kind=kind, subject=subject, category="",
        quote=f"{indicator}{value}{unit}", start=0, end=1, sentence="",
    )


FRAME = indicators_frame([
    row("地区生产总值", 436.29, "亿元", year=2021, growth=6.7, kind="yoy"),  # 0
    row("在孵企业", 800, "家"),  # 1
    row("固定资产投资", 255.3, "亿元", growth=17.7, kind="yoy"),  # 2
    row("金融机构", 139, "家"),  # 3
    row("地区生产总值", 400.0, "亿元", year=2020),  # 4
    row("地区生产总值", 380.0, "亿元", year=2019, subject="长春高新区"),  # 5
    row("入驻企业", 17, "家"),  # 6
    row("高新技术产业增加值占地区生产总值比重很长很长的名字", 24, "家"),  # 7
    row("企业研发平台", 35, "家"),  # 8
])


@pytest.fixture
def panel(qtbot):
    install_bundled_font(QApplication.instance())
    widget = PlotPanel()
    qtbot.addWidget(widget)
    widget.resize(900, 600)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_frame(FRAME)
    return widget


def bars(panel):
    return [item for item in panel.canvas.plotItem.items if isinstance(item, pg.BarGraphItem)]


def click(qtbot, panel, scene_pos):
    view = panel.canvas
    qtbot.mouseClick(view.viewport(), QtCore.Qt.MouseButton.LeftButton, pos=view.mapFromScene(scene_pos))


def test_default_plot_is_the_unit_with_most_rows(panel):
    data = panel.plot_data
    assert data.unit == "家"
    assert data.series[0].row_ids.tolist() == [1, 3, 6, 7, 8]
    assert len(bars(panel)) == 1
    assert panel.canvas.category_axis.labels == data.categories


def test_set_visible_redraws_with_only_those_rows_in_that_order(panel):
    panel.set_visible(np.array([6, 3]))
    assert panel.plot_data.series[0].row_ids.tolist() == [6, 3]
    assert panel.canvas.category_axis.labels == ["入驻企业", "金融机构"]


def test_selecting_a_row_highlights_its_bar(panel):
    panel.set_selected(3)
    item = bars(panel)[0]
    brushes = [b.color().name() for b in item.opts["brushes"]]
    assert brushes[1] != brushes[0]  # row 3 is the second bar
    assert brushes[0] == brushes[2] == brushes[3] == brushes[4]
    panel.set_selected(None)
    assert len({b.color().name() for b in bars(panel)[0].opts["brushes"]}) == 1


def test_selecting_a_row_of_another_unit_follows_it_while_automatic(panel):
    panel.set_selected(2)
    assert panel.plot_data.unit == "亿元"
    panel.set_state({"kind": "unit_bars", "unit": "家"})
    panel.set_selected(0)
    assert panel.plot_data.unit == "家"  # a chosen unit stays


def test_clicking_a_bar_emits_its_row_id(qtbot, panel):
    target = panel.canvas.mark_scene_pos(6)
    with qtbot.waitSignal(panel.rowClicked) as signal:
        click(qtbot, panel, target)
    assert signal.args == [6]


def test_clicking_between_bars_emits_nothing(qtbot, panel):
    view = panel.canvas.plotItem.getViewBox()
    gap = view.mapViewToScene(QtCore.QPointF(50, 1.5))  # between bar 1 and bar 2
    assert panel.canvas.row_at(gap) is None
    with qtbot.assertNotEmitted(panel.rowClicked):
        click(qtbot, panel, gap)


def test_clicking_a_point_over_years_emits_its_row_id(qtbot, panel):
    panel.set_state({"kind": "years"})
    assert panel.plot_data.indicator == "地区生产总值"
    target = panel.canvas.mark_scene_pos(4)
    with qtbot.waitSignal(panel.rowClicked) as signal:
        click(qtbot, panel, target)
    assert signal.args == [4]
    assert panel.canvas.value_axis.mode == "years"
    assert panel.canvas.value_axis.tickStrings([2019.0, 2020.0], 1, 1) == ["2019", "2020"]


def test_every_bar_has_a_label_and_long_ones_are_elided(panel):
    axis = panel.canvas.category_axis
    values = axis.tickValues(-0.5, 3.5, 400)[0][1]
    assert values == [0.0, 1.0, 2.0, 3.0]
    strings = axis.tickStrings(values, 1, 1)
    assert strings[:3] == ["在孵企业", "金融机构", "入驻企业"]
    assert strings[3].endswith("…") and len(strings[3]) < len(FRAME.at[7, "indicator"])


def test_value_axis_has_no_si_prefix(panel):
    panel.set_selected(0)  # 亿元
    axis = panel.canvas.value_axis
    assert axis.autoSIPrefix is False
    assert "亿元" in axis.labelText
    assert axis.tickStrings([0.0, 2000.0], 1, 1000) == ["0", "2,000"]


def test_growth_plot_shows_growth_rates(panel):
    panel.set_state({"kind": "growth"})
    assert sorted(panel.plot_data.row_ids.tolist()) == [0, 2]
    assert panel.plot_data.value_label == "%"


def test_state_round_trips_and_is_reported(qtbot, panel):
    panel.set_state({"kind": "compare", "indicator": "地区生产总值", "log_scale": True})
    assert panel.state() == {"kind": "compare", "unit": None, "indicator": "地区生产总值", "log_scale": True}
    assert panel.plot_data.log_scale
    with qtbot.waitSignal(panel.stateChanged) as signal:
        panel._kind_box.activated.emit(3)  # what a user's choice in the combo box sends
    assert signal.args[0]["kind"] == "growth"


def test_empty_frame_shows_a_message_not_an_exception(panel):
    panel.set_frame(FRAME.iloc[:0])
    assert panel.plot_data.is_empty
    texts = [item for item in panel.canvas.plotItem.items if isinstance(item, pg.TextItem)]
    assert [t.toPlainText() for t in texts] == [panel.plot_data.message]
    panel.set_selected(None)
    for kind in ("compare", "years", "growth"):
        panel.set_state({"kind": kind})
        assert panel.plot_data.is_empty and panel.plot_data.message


def test_hover_text_describes_the_row(panel):
    text = panel._describe(0)
    assert "地区生产总值" in text and "436.29 亿元" in text and "2021" in text
